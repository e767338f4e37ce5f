// TLS for https:// prefixes. Managed .NET on Linux has no way to attach a
// certificate to HttpListener; cs2go takes one from the program or the
// environment:
//
//   - listener.SetTLSCertificate(certFile, keyFile): PEM files, read at Start;
//   - otherwise the environment variables CS2GO_TLS_CERT and CS2GO_TLS_KEY,
//     naming PEM files.
//
// Start raises HttpListenerException when an https prefix has neither.

package net

import (
	"crypto/tls"
	"os"

	"github.com/cs2go/cs2go/runtime/system"
)

// Environment variables naming the PEM certificate and key for https prefixes.
const (
	EnvTLSCert = "CS2GO_TLS_CERT"
	EnvTLSKey  = "CS2GO_TLS_KEY"
)

// tlsSource supplies an endpoint's TLS configuration.
type tlsSource interface {
	config() *tls.Config
}

type staticTLS struct{ cfg *tls.Config }

func (s staticTLS) config() *tls.Config { return s.cfg }

// SetTLSCertificate is a cs2go extension (no .NET counterpart): the PEM
// certificate chain and private key files https:// prefixes of this
// listener are served with. They are loaded at Start.
func (l *HttpListener) SetTLSCertificate(certFile, keyFile string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.checkDisposedLocked()
	l.tlsCertFile, l.tlsKeyFile = certFile, keyFile
}

// tlsConfig loads the certificate for an https prefix.
func (l *HttpListener) tlsConfig(prefix string) (tlsSource, system.Exception) {
	cert, key := l.tlsCertFile, l.tlsKeyFile
	if cert == "" {
		cert, key = os.Getenv(EnvTLSCert), os.Getenv(EnvTLSKey)
	}
	if cert == "" || key == "" {
		return nil, NewHttpListenerExceptionMessage(50, "No TLS certificate for prefix '"+prefix+
			"': call SetTLSCertificate or set "+EnvTLSCert+" and "+EnvTLSKey+".")
	}
	pair, err := tls.LoadX509KeyPair(cert, key)
	if err != nil {
		return nil, NewHttpListenerExceptionMessage(50, "Cannot load the TLS certificate for prefix '"+prefix+"': "+err.Error())
	}
	return staticTLS{cfg: &tls.Config{Certificates: []tls.Certificate{pair}, NextProtos: []string{"http/1.1"}}}, nil
}
