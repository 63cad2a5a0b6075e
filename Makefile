# qoq's build. `make demo` builds qoq and runs it on the bundled testdata/;
# `make test` runs every check CI runs. Everything the build needs beyond Go
# itself is installed into bin/ by the targets that need it.

GO          ?= go
BIN         := $(CURDIR)/bin
QOQ         := $(BIN)/qoq

# The ECharts runtime inlined into reports: the version go-echarts targets,
# fetched from the npm registry and checked against the tarball's SHA-512.
ECHARTS_VERSION := 5.4.3
ECHARTS_SHA512  := 9982b12f1873cbacf24e2fc56846c930e654d542c61101da7887ae311e4bf899c94e9cfe611d379a79e90616d1e3e5182408225e0a724d52df7cf0233932e464
ECHARTS         := render/assets/echarts.min.js
# the fuzz runs: a short one in `make test`, a soak in `make fuzz` (not in CI)
FUZZSHORT   ?= 15s
FUZZTIME    ?= 10m
FUZZFLAGS   ?=
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

# the fuzz targets: package and function
FUZZ := ./comparison:FuzzRead ./quantity:FuzzAppend ./transcript:FuzzRead ./extract:FuzzExtract ./internal/corpus:FuzzParseSummary ./config:FuzzParse

.PHONY: all build demo test vet fmt staticcheck unit fuzz fuzz-short bench score clean echarts chromium browser screenshot

all: build

build: $(ECHARTS)
	$(GO) build -o $(QOQ) ./cmd/qoq

echarts: $(ECHARTS)

$(ECHARTS):
	@mkdir -p $(BIN)/npm
	cd $(BIN)/npm && npm pack --silent echarts@$(ECHARTS_VERSION) >/dev/null
	echo "$(ECHARTS_SHA512)  $(BIN)/npm/echarts-$(ECHARTS_VERSION).tgz" | sha512sum -c --quiet
	tar -xzf $(BIN)/npm/echarts-$(ECHARTS_VERSION).tgz -C $(BIN)/npm package/dist/echarts.min.js
	cp $(BIN)/npm/package/dist/echarts.min.js $@

# the demo: a report for each fictional company of testdata/calls, and an
# index linking them, in out/
DEMO_OUT := out

demo: build
	$(QOQ) report --each testdata/calls -o $(DEMO_OUT)
	@echo
	@echo "Reports written: open $(CURDIR)/$(DEMO_OUT)/index.html"
	@echo "  (one company: $(CURDIR)/$(DEMO_OUT)/northwind.html)"

test: vet fmt staticcheck unit fuzz-short

vet: $(ECHARTS)
	$(GO) vet ./...

fmt:
	@out=$$(gofmt -l $$(find . -name '*.go' -not -path './bin/*')); \
	if [ -n "$$out" ]; then echo "gofmt would rewrite:"; echo "$$out"; exit 1; fi

staticcheck: $(BIN)/staticcheck
	$(BIN)/staticcheck ./...

$(BIN)/staticcheck:
	GOBIN=$(BIN) $(GO) install $(STATICCHECK)

# every package's tests, the browser tests included (they fail, rather than
# skip, without Chromium)
unit: $(ECHARTS) chromium
	QOQ_BROWSER=required $(GO) test -race -count=1 ./...

# every fuzz target for $(FUZZSHORT), as CI does
fuzz-short:
	@for t in $(FUZZ); do \
		pkg=$${t%%:*}; fn=$${t##*:}; \
		echo "fuzz $$pkg $$fn for $(FUZZSHORT)"; \
		$(GO) test -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZSHORT) $$pkg || exit 1; \
	done

# the soak, not in CI: every fuzz target for $(FUZZTIME) (10 minutes each by
# default; FUZZFLAGS=-parallel=1 for one worker), its log in bin/fuzz/,
# then each target's executions and rate
fuzz:
	@mkdir -p $(BIN)/fuzz; for t in $(FUZZ); do \
		pkg=$${t%%:*}; fn=$${t##*:}; log=$(BIN)/fuzz/$$(echo $${pkg#./} | tr / _)-$$fn.log; \
		echo "fuzz $$pkg $$fn for $(FUZZTIME), log $$log"; \
		$(GO) test -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME) $(FUZZFLAGS) $$pkg >$$log 2>&1 || { tail -30 $$log; exit 1; }; \
	done; \
	for t in $(FUZZ); do \
		pkg=$${t%%:*}; fn=$${t##*:}; log=$(BIN)/fuzz/$$(echo $${pkg#./} | tr / _)-$$fn.log; \
		grep -o 'elapsed: [0-9hms]*, execs: [0-9]*' $$log | tail -1 | \
			awk -v t="$$pkg $$fn" '{gsub(",","",$$2); printf "%-40s %12d execs in %s, %.0f/s\n", t, $$4, $$2, $$4/secs($$2)} \
			function secs(d,  s,n){s=0; while (match(d,/[0-9]+[hms]/)) {n=substr(d,RSTART,RLENGTH-1); u=substr(d,RSTART+RLENGTH-1,1); s+=n*(u=="h"?3600:u=="m"?60:1); d=substr(d,RSTART+RLENGTH)} return s}'; \
	done

# Chromium, which `qoq report --pdf` and the browser tests drive: Debian's
# package, installed when no Chromium or Chrome is found (nor QOQ_CHROMIUM set).
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

chromium:
	@if [ -z "$$QOQ_CHROMIUM" ] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null \
		&& ! command -v google-chrome >/dev/null && ! command -v google-chrome-stable >/dev/null \
		&& ! command -v headless-shell >/dev/null; then \
		echo "installing Chromium (apt-get install chromium)"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	fi

# the browser tests: every report opened in Chromium as a reader's browser
# does; they fail, rather than skip, without Chromium
browser: $(ECHARTS) chromium
	QOQ_BROWSER=required $(GO) test -race -count=1 ./browser

# the README's screenshot, taken by the browser test
screenshot: $(ECHARTS) chromium
	QOQ_BROWSER=required QOQ_SCREENSHOT=$(CURDIR)/docs/screenshot.png $(GO) test -count=1 -run TestReports ./browser

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# score the extraction against the expert summaries of the shared corpus
score:
	$(GO) run ./cmd/qoqscore

clean:
	rm -rf $(BIN)
