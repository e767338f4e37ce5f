// HttpStatusCode and the reason phrases managed .NET's HttpListener sends (spec item 16).

package net

// HttpStatusCode is System.Net.HttpStatusCode. `(int)HttpStatusCode.X` in C#
// is int32(net.HttpStatusCodeX) in Go.
type HttpStatusCode int32

// The members of System.Net.HttpStatusCode, aliases included.
const (
	HttpStatusCodeContinue                      HttpStatusCode = 100
	HttpStatusCodeSwitchingProtocols            HttpStatusCode = 101
	HttpStatusCodeProcessing                    HttpStatusCode = 102
	HttpStatusCodeEarlyHints                    HttpStatusCode = 103
	HttpStatusCodeOK                            HttpStatusCode = 200
	HttpStatusCodeCreated                       HttpStatusCode = 201
	HttpStatusCodeAccepted                      HttpStatusCode = 202
	HttpStatusCodeNonAuthoritativeInformation   HttpStatusCode = 203
	HttpStatusCodeNoContent                     HttpStatusCode = 204
	HttpStatusCodeResetContent                  HttpStatusCode = 205
	HttpStatusCodePartialContent                HttpStatusCode = 206
	HttpStatusCodeMultiStatus                   HttpStatusCode = 207
	HttpStatusCodeAlreadyReported               HttpStatusCode = 208
	HttpStatusCodeIMUsed                        HttpStatusCode = 226
	HttpStatusCodeAmbiguous                     HttpStatusCode = 300
	HttpStatusCodeMultipleChoices               HttpStatusCode = 300
	HttpStatusCodeMoved                         HttpStatusCode = 301
	HttpStatusCodeMovedPermanently              HttpStatusCode = 301
	HttpStatusCodeFound                         HttpStatusCode = 302
	HttpStatusCodeRedirect                      HttpStatusCode = 302
	HttpStatusCodeRedirectMethod                HttpStatusCode = 303
	HttpStatusCodeSeeOther                      HttpStatusCode = 303
	HttpStatusCodeNotModified                   HttpStatusCode = 304
	HttpStatusCodeUseProxy                      HttpStatusCode = 305
	HttpStatusCodeUnused                        HttpStatusCode = 306
	HttpStatusCodeRedirectKeepVerb              HttpStatusCode = 307
	HttpStatusCodeTemporaryRedirect             HttpStatusCode = 307
	HttpStatusCodePermanentRedirect             HttpStatusCode = 308
	HttpStatusCodeBadRequest                    HttpStatusCode = 400
	HttpStatusCodeUnauthorized                  HttpStatusCode = 401
	HttpStatusCodePaymentRequired               HttpStatusCode = 402
	HttpStatusCodeForbidden                     HttpStatusCode = 403
	HttpStatusCodeNotFound                      HttpStatusCode = 404
	HttpStatusCodeMethodNotAllowed              HttpStatusCode = 405
	HttpStatusCodeNotAcceptable                 HttpStatusCode = 406
	HttpStatusCodeProxyAuthenticationRequired   HttpStatusCode = 407
	HttpStatusCodeRequestTimeout                HttpStatusCode = 408
	HttpStatusCodeConflict                      HttpStatusCode = 409
	HttpStatusCodeGone                          HttpStatusCode = 410
	HttpStatusCodeLengthRequired                HttpStatusCode = 411
	HttpStatusCodePreconditionFailed            HttpStatusCode = 412
	HttpStatusCodeRequestEntityTooLarge         HttpStatusCode = 413
	HttpStatusCodeRequestUriTooLong             HttpStatusCode = 414
	HttpStatusCodeUnsupportedMediaType          HttpStatusCode = 415
	HttpStatusCodeRequestedRangeNotSatisfiable  HttpStatusCode = 416
	HttpStatusCodeExpectationFailed             HttpStatusCode = 417
	HttpStatusCodeMisdirectedRequest            HttpStatusCode = 421
	HttpStatusCodeUnprocessableEntity           HttpStatusCode = 422
	HttpStatusCodeUnprocessableContent          HttpStatusCode = 422
	HttpStatusCodeLocked                        HttpStatusCode = 423
	HttpStatusCodeFailedDependency              HttpStatusCode = 424
	HttpStatusCodeUpgradeRequired               HttpStatusCode = 426
	HttpStatusCodePreconditionRequired          HttpStatusCode = 428
	HttpStatusCodeTooManyRequests               HttpStatusCode = 429
	HttpStatusCodeRequestHeaderFieldsTooLarge   HttpStatusCode = 431
	HttpStatusCodeUnavailableForLegalReasons    HttpStatusCode = 451
	HttpStatusCodeInternalServerError           HttpStatusCode = 500
	HttpStatusCodeNotImplemented                HttpStatusCode = 501
	HttpStatusCodeBadGateway                    HttpStatusCode = 502
	HttpStatusCodeServiceUnavailable            HttpStatusCode = 503
	HttpStatusCodeGatewayTimeout                HttpStatusCode = 504
	HttpStatusCodeHttpVersionNotSupported       HttpStatusCode = 505
	HttpStatusCodeVariantAlsoNegotiates         HttpStatusCode = 506
	HttpStatusCodeInsufficientStorage           HttpStatusCode = 507
	HttpStatusCodeLoopDetected                  HttpStatusCode = 508
	HttpStatusCodeNotExtended                   HttpStatusCode = 510
	HttpStatusCodeNetworkAuthenticationRequired HttpStatusCode = 511
)

// statusNames gives Enum.ToString() for each value. Where .NET has aliases
// (300-303, 307, 422) its ToString picks one; these are the names .NET Core
// prints.
var statusNames = map[HttpStatusCode]string{
	100: "Continue", 101: "SwitchingProtocols", 102: "Processing", 103: "EarlyHints",
	200: "OK", 201: "Created", 202: "Accepted", 203: "NonAuthoritativeInformation",
	204: "NoContent", 205: "ResetContent", 206: "PartialContent", 207: "MultiStatus",
	208: "AlreadyReported", 226: "IMUsed",
	300: "Ambiguous", 301: "Moved", 302: "Redirect", 303: "RedirectMethod",
	304: "NotModified", 305: "UseProxy", 306: "Unused", 307: "RedirectKeepVerb",
	308: "PermanentRedirect",
	400: "BadRequest", 401: "Unauthorized", 402: "PaymentRequired", 403: "Forbidden",
	404: "NotFound", 405: "MethodNotAllowed", 406: "NotAcceptable",
	407: "ProxyAuthenticationRequired", 408: "RequestTimeout", 409: "Conflict", 410: "Gone",
	411: "LengthRequired", 412: "PreconditionFailed", 413: "RequestEntityTooLarge",
	414: "RequestUriTooLong", 415: "UnsupportedMediaType", 416: "RequestedRangeNotSatisfiable",
	417: "ExpectationFailed", 421: "MisdirectedRequest", 422: "UnprocessableEntity",
	423: "Locked", 424: "FailedDependency", 426: "UpgradeRequired", 428: "PreconditionRequired",
	429: "TooManyRequests", 431: "RequestHeaderFieldsTooLarge", 451: "UnavailableForLegalReasons",
	500: "InternalServerError", 501: "NotImplemented", 502: "BadGateway",
	503: "ServiceUnavailable", 504: "GatewayTimeout", 505: "HttpVersionNotSupported",
	506: "VariantAlsoNegotiates", 507: "InsufficientStorage", 508: "LoopDetected",
	510: "NotExtended", 511: "NetworkAuthenticationRequired",
}

// ToString is Enum.ToString(): the member name, or the number for values
// that are not members.
func (c HttpStatusCode) ToString() string {
	if n, ok := statusNames[c]; ok {
		return n
	}
	return itoa(int64(c))
}

// String makes HttpStatusCode print like .NET in Go's fmt too.
func (c HttpStatusCode) String() string { return c.ToString() }

// reasonPhrases is dotnet/runtime's HttpStatusDescription table: what
// HttpListenerResponse.StatusDescription defaults to. It differs from Go's
// http.StatusText (413, 414, 416, 505 and more), and codes it lacks give "".
var reasonPhrases = [...]string{
	100: "Continue", 101: "Switching Protocols", 102: "Processing", 103: "Early Hints",
	200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information",
	204: "No Content", 205: "Reset Content", 206: "Partial Content", 207: "Multi-Status",
	208: "Already Reported", 226: "IM Used",
	300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other",
	304: "Not Modified", 305: "Use Proxy", 307: "Temporary Redirect", 308: "Permanent Redirect",
	400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden",
	404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
	407: "Proxy Authentication Required", 408: "Request Timeout", 409: "Conflict", 410: "Gone",
	411: "Length Required", 412: "Precondition Failed", 413: "Request Entity Too Large",
	414: "Request-Uri Too Long", 415: "Unsupported Media Type",
	416: "Requested Range Not Satisfiable", 417: "Expectation Failed",
	421: "Misdirected Request", 422: "Unprocessable Entity", 423: "Locked",
	424: "Failed Dependency", 426: "Upgrade Required", 428: "Precondition Required",
	429: "Too Many Requests", 431: "Request Header Fields Too Large",
	451: "Unavailable For Legal Reasons",
	500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
	503: "Service Unavailable", 504: "Gateway Timeout", 505: "Http Version Not Supported",
	506: "Variant Also Negotiates", 507: "Insufficient Storage", 508: "Loop Detected",
	510: "Not Extended", 511: "Network Authentication Required",
}

// HttpStatusDescription is .NET's reason phrase for code (spec item 16);
// "" for codes it does not know, which makes the status line `HTTP/1.1 999 `.
func HttpStatusDescription(code int32) string {
	if code < 0 || int(code) >= len(reasonPhrases) {
		return ""
	}
	return reasonPhrases[code]
}

// itoa formats a decimal integer without fmt, for hot paths.
func itoa(v int64) string {
	if v == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
