// Package web is the part of .NET's System.Web that HttpListener programs
// use: HttpUtility's query-string parser and encoders, with .NET Core's
// outputs.
package web
