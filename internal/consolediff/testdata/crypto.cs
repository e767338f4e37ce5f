using System;
using System.Security.Cryptography;
using System.Text;

// PKCE as OAuth loopback receivers do it (RFC 7636): a random verifier,
// its SHA-256 challenge in base64url, and hashes for ETags.
class Program
{
    static string Base64Url(byte[] data)
    {
        return Convert.ToBase64String(data).Replace("+", "-").Replace("/", "_").Replace("=", "");
    }

    static string Challenge(string verifier)
    {
        using (SHA256 sha = SHA256.Create())
        {
            return Base64Url(sha.ComputeHash(Encoding.ASCII.GetBytes(verifier)));
        }
    }

    static void Main()
    {
        // A fixed verifier: its challenge is the same on every run.
        Console.WriteLine(Challenge("dBjftJeZ4CVP-mB92K1uEhnMs5KB-SUfHhXqWZ2AlKE"));

        var rng = new RNGCryptoServiceProvider();
        byte[] verifierBytes = new byte[32];
        rng.GetBytes(verifierBytes);
        string verifier = Base64Url(verifierBytes);
        Console.WriteLine("verifier length: " + verifier.Length + ", challenge length: " + Challenge(verifier).Length);

        var sha256 = new SHA256Managed();
        byte[] hash = sha256.ComputeHash(Encoding.UTF8.GetBytes("hello"));
        Console.WriteLine(BitConverter.ToString(hash).Replace("-", "").ToLowerInvariant());
        Console.WriteLine("hash size: " + sha256.HashSize + " last: " + sha256.Hash.Length);

        using (var md5 = MD5.Create())
        {
            Console.WriteLine("etag: \"" + BitConverter.ToString(md5.ComputeHash(Encoding.UTF8.GetBytes("<html></html>"))).Replace("-", "") + "\"");
        }
        Console.WriteLine(Convert.ToBase64String(SHA1.Create().ComputeHash(Encoding.UTF8.GetBytes("abc"))));
        Console.WriteLine(SHA512.Create().ComputeHash(new byte[0]).Length);

        try
        {
            throw new CryptographicException("bad key");
        }
        catch (CryptographicException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }
}
