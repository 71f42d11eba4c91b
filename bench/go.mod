module github.com/hearsay-project/hearsay/bench

go 1.26.8

require github.com/hearsay-project/hearsay v0.0.0

require (
	github.com/neurosnap/sentences v1.1.2
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)

replace github.com/hearsay-project/hearsay => ../
