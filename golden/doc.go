// Package golden holds the translator's golden tests (golden_test.go): C#
// inputs in testdata/*.txtar with the Go the translator must produce, and
// one golden per sample program in testdata/samples. It has no API.
package golden
