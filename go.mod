module github.com/hearsay-project/hearsay

go 1.26.8
