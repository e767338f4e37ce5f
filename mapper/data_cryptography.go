// This file continues the mapping table (data.go) with the hashing and
// random-number part of System.Security.Cryptography (PKCE in OAuth
// loopback receivers, ETags). Every hash class is the runtime's
// HashAlgorithm with its algorithm chosen by Create.

package mapper

var cryptographyData = []Entry{
	{Type: "System.Security.Cryptography.HashAlgorithm", Kind: Class, Go: "HashAlgorithm"},
	{Type: "System.Security.Cryptography.HashAlgorithm", Member: "ComputeHash", Kind: Method, Params: []string{"byte[]"}, Result: "byte[]", Go: "ComputeHash"},
	{Type: "System.Security.Cryptography.HashAlgorithm", Member: "ComputeHash", Kind: Method, Params: []string{"byte[]", "int", "int"}, Result: "byte[]", Go: "ComputeHashRange"},
	{Type: "System.Security.Cryptography.HashAlgorithm", Member: "Hash", Kind: Property, Result: "byte[]", Go: "Hash"},
	{Type: "System.Security.Cryptography.HashAlgorithm", Member: "HashSize", Kind: Property, Result: "int", Go: "HashSize"},
	{Type: "System.Security.Cryptography.HashAlgorithm", Member: "Dispose", Kind: Method, Go: "Dispose"},
	{Type: "System.Security.Cryptography.HashAlgorithm", Member: "Clear", Kind: Method, Go: "Dispose"},

	{Type: "System.Security.Cryptography.SHA256", Kind: Class, Go: "HashAlgorithm", Base: "HashAlgorithm"},
	{Type: "System.Security.Cryptography.SHA256", Member: "Create", Kind: Method, Static: true, Result: "SHA256", Go: "SHA256Create"},
	{Type: "System.Security.Cryptography.SHA256", Member: "HashData", Kind: Method, Static: true, Params: []string{"byte[]"}, Result: "byte[]", Go: "SHA256HashData"},
	{Type: "System.Security.Cryptography.SHA256Managed", Kind: Class, Go: "HashAlgorithm", Base: "SHA256"},
	{Type: "System.Security.Cryptography.SHA256Managed", Kind: Ctor, Go: "SHA256Create"},
	{Type: "System.Security.Cryptography.SHA1", Kind: Class, Go: "HashAlgorithm", Base: "HashAlgorithm"},
	{Type: "System.Security.Cryptography.SHA1", Member: "Create", Kind: Method, Static: true, Result: "SHA1", Go: "SHA1Create"},
	{Type: "System.Security.Cryptography.SHA1", Member: "HashData", Kind: Method, Static: true, Params: []string{"byte[]"}, Result: "byte[]", Go: "SHA1HashData"},
	{Type: "System.Security.Cryptography.SHA384", Kind: Class, Go: "HashAlgorithm", Base: "HashAlgorithm"},
	{Type: "System.Security.Cryptography.SHA384", Member: "Create", Kind: Method, Static: true, Result: "SHA384", Go: "SHA384Create"},
	{Type: "System.Security.Cryptography.SHA512", Kind: Class, Go: "HashAlgorithm", Base: "HashAlgorithm"},
	{Type: "System.Security.Cryptography.SHA512", Member: "Create", Kind: Method, Static: true, Result: "SHA512", Go: "SHA512Create"},
	{Type: "System.Security.Cryptography.SHA512", Member: "HashData", Kind: Method, Static: true, Params: []string{"byte[]"}, Result: "byte[]", Go: "SHA512HashData"},
	{Type: "System.Security.Cryptography.MD5", Kind: Class, Go: "HashAlgorithm", Base: "HashAlgorithm"},
	{Type: "System.Security.Cryptography.MD5", Member: "Create", Kind: Method, Static: true, Result: "MD5", Go: "MD5Create"},
	{Type: "System.Security.Cryptography.MD5", Member: "HashData", Kind: Method, Static: true, Params: []string{"byte[]"}, Result: "byte[]", Go: "MD5HashData"},

	{Type: "System.Security.Cryptography.RandomNumberGenerator", Kind: Class, Go: "RandomNumberGenerator", Note: "crypto/rand"},
	{Type: "System.Security.Cryptography.RandomNumberGenerator", Member: "Create", Kind: Method, Static: true, Result: "RandomNumberGenerator", Go: "RandomNumberGeneratorCreate"},
	{Type: "System.Security.Cryptography.RandomNumberGenerator", Member: "GetBytes", Kind: Method, Params: []string{"byte[]"}, Go: "GetBytes"},
	{Type: "System.Security.Cryptography.RandomNumberGenerator", Member: "GetBytes", Kind: Method, Static: true, Params: []string{"int"}, Result: "byte[]", Go: "RandomNumberGeneratorGetBytes"},
	{Type: "System.Security.Cryptography.RandomNumberGenerator", Member: "GetInt32", Kind: Method, Static: true, Params: []string{"int"}, Result: "int", Go: "RandomNumberGeneratorGetInt32"},
	{Type: "System.Security.Cryptography.RandomNumberGenerator", Member: "GetInt32", Kind: Method, Static: true, Params: []string{"int", "int"}, Result: "int", Go: "RandomNumberGeneratorGetInt32Range"},
	{Type: "System.Security.Cryptography.RandomNumberGenerator", Member: "Dispose", Kind: Method, Go: "Dispose"},
	{Type: "System.Security.Cryptography.RNGCryptoServiceProvider", Kind: Class, Go: "RandomNumberGenerator", Base: "RandomNumberGenerator"},
	{Type: "System.Security.Cryptography.RNGCryptoServiceProvider", Kind: Ctor, Go: "RandomNumberGeneratorCreate"},

	{Type: "System.Security.Cryptography.CryptographicException", Kind: Class, Go: "CryptographicException"},
	{Type: "System.Security.Cryptography.CryptographicException", Kind: Ctor, Go: "NewCryptographicException", Params: []string{"string"}},
}
