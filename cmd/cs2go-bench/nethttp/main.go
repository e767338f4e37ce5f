// Command nethttp is the benchmark's hand-written peer: a net/http server that
// sends the same greeting as hello.cs, with Connection: close when asked.
//
//	nethttp PORT [close]
package main

import (
	"log"
	"net/http"
	"os"
	"strconv"
)

func main() {
	if len(os.Args) < 2 {
		log.Fatal("usage: nethttp PORT [close]")
	}
	closeConn := len(os.Args) > 2 && os.Args[2] == "close"
	body := []byte("<HTML><BODY> Hello world!</BODY></HTML>")
	length := strconv.Itoa(len(body))
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Length", length)
		if closeConn {
			h.Set("Connection", "close")
		}
		w.WriteHeader(http.StatusOK)
		w.Write(body)
	})
	log.Fatal(http.ListenAndServe("127.0.0.1:"+os.Args[1], handler))
}
