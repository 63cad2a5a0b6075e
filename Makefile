# qoq's build. `make demo` builds qoq and runs it on the bundled testdata/;
# `make test` runs every check CI runs. Everything the build needs beyond Go
# itself is installed into bin/ by the targets that need it.

GO          ?= go
BIN         := $(CURDIR)/bin
QOQ         := $(BIN)/qoq
FUZZTIME    ?= 15s
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

# the fuzz targets: package and function
FUZZ := ./quantity:FuzzAppend ./transcript:FuzzRead ./facts:FuzzExtract ./corpus:FuzzParseSummary

.PHONY: all build demo test vet fmt staticcheck unit fuzz bench score clean

all: build

build:
	$(GO) build -o $(QOQ) ./cmd/qoq

demo: build
	@$(QOQ) extract testdata/calls/*/*.txt > /dev/null
	$(QOQ) extract testdata/calls/northwind/*.txt | head -40

test: vet fmt staticcheck unit fuzz

vet:
	$(GO) vet ./...

fmt:
	@out=$$(gofmt -l $$(find . -name '*.go' -not -path './bin/*')); \
	if [ -n "$$out" ]; then echo "gofmt would rewrite:"; echo "$$out"; exit 1; fi

staticcheck: $(BIN)/staticcheck
	$(BIN)/staticcheck ./...

$(BIN)/staticcheck:
	GOBIN=$(BIN) $(GO) install $(STATICCHECK)

unit:
	$(GO) test -race -count=1 ./...

fuzz:
	@for t in $(FUZZ); do \
		pkg=$${t%%:*}; fn=$${t##*:}; \
		echo "fuzz $$pkg $$fn for $(FUZZTIME)"; \
		$(GO) test -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	done

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# score the extraction against the expert summaries of the shared corpus
score:
	$(GO) run ./cmd/qoqscore

clean:
	rm -rf $(BIN)
