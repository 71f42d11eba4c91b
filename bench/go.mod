module github.com/hearsay-project/hearsay/bench

go 1.26.8

require github.com/hearsay-project/hearsay v0.0.0

require (
	codeberg.org/readeck/go-readability/v2 v2.1.3 // indirect
	github.com/andybalholm/cascadia v1.3.3 // indirect
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	github.com/itlightning/dateparse v0.2.1 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
)

require (
	github.com/neurosnap/sentences v1.1.2
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)

replace github.com/hearsay-project/hearsay => ../
