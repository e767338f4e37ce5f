// Tests of https:// prefixes served with a configured certificate.

package net

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	gonet "net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// selfSigned writes a self-signed certificate for 127.0.0.1 and returns
// the PEM file paths and a pool trusting it.
func selfSigned(t *testing.T) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "cs2go test"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:  []gonet.IP{gonet.IPv4(127, 0, 0, 1)},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600)
	cert, _ := x509.ParseCertificate(der)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}

func TestTLS_HttpsPrefixServed(t *testing.T) {
	certFile, keyFile, pool := selfSigned(t)
	for _, viaEnv := range []bool{false, true} {
		port := freePort(t)
		l := NewHttpListener()
		l.Prefixes().Add(fmt.Sprintf("https://127.0.0.1:%d/", port))
		if viaEnv {
			t.Setenv(EnvTLSCert, certFile)
			t.Setenv(EnvTLSKey, keyFile)
		} else {
			l.SetTLSCertificate(certFile, keyFile)
		}
		l.Start()
		serveAll(l, func(ctx *HttpListenerContext) {
			r := ctx.Request()
			body := fmt.Sprintf("%v %s", r.IsSecureConnection(), r.Url().Scheme())
			ctx.Response().CloseBytes([]byte(body), true)
		})
		client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
		resp, err := client.Get(fmt.Sprintf("https://127.0.0.1:%d/", port))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		client.CloseIdleConnections()
		if string(b) != "true https" || resp.Header.Get("Server") != "Microsoft-NetCore/2.0" {
			t.Fatalf("got %q, Server %q", b, resp.Header.Get("Server"))
		}
		l.Close()
	}
}

func TestTLS_NoCertificateFailsStart(t *testing.T) {
	t.Setenv(EnvTLSCert, "")
	t.Setenv(EnvTLSKey, "")
	l := NewHttpListener()
	l.Prefixes().Add(fmt.Sprintf("https://127.0.0.1:%d/", freePort(t)))
	e := mustThrow[*HttpListenerException](t, l.Start)
	if e.ErrorCode() != 50 {
		t.Fatalf("code %d: %s", e.ErrorCode(), e.Message())
	}
}
