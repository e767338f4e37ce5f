// Package specialized is .NET's System.Collections.Specialized for
// translated programs: NameValueCollection, the type of
// HttpListenerRequest.QueryString and the base of header collections.
package specialized
