package render

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/shopspring/decimal"

	"qoq/comparison"
	"qoq/fiscal"
	"qoq/metric"
)

// A chartView is a chart as placed in the page: its ECharts option, as
// written by go-echarts, and what each point links to.
type chartView struct {
	ID, Title, Alt string
	Unit           string
	Option         string     // JSON
	points         [][]*point // per series, per point; nil where none
}

// Points is what each point is, as JSON: per series, per point, {l, s, n}
// or null. It is written when the page is, once the sources are numbered.
func (cv chartView) Points() (string, error) {
	b, err := json.Marshal(cv.points)
	if err != nil {
		return "", fmt.Errorf("render: chart %q: writing its points: %w", cv.Title, err)
	}
	return string(b), nil
}

// A trend is a chart of the report: which series it plots.
type trend struct {
	id, title string
	metrics   []string
	segments  bool // the metrics' segments rather than the company's total
	bars      bool
}

// trends are the report's trend charts, in order. A chart is drawn only
// where some series it plots has two points.
var trends = []trend{
	{id: "revenue-net-income", title: "Revenue and net income", metrics: []string{"revenue", "net_income"}, bars: true},
	{id: "segment-revenue", title: "Revenue by segment", metrics: []string{"revenue"}, segments: true},
	{id: "segment-gross-profit", title: "Gross profit by segment", metrics: []string{"gross_profit"}, segments: true},
	{id: "expenses", title: "G&A and other expenses", metrics: []string{"ga_expense", "sga_expense", "operating_expenses", "rd_expense", "interest_expense"}},
	{id: "dso", title: "Days sales outstanding", metrics: []string{"dso"}},
	{id: "balances", title: "Cash, working capital and receivables", metrics: []string{"cash", "working_capital", "accounts_receivable", "inventory", "total_debt"}},
	{id: "eps", title: "Earnings per share", metrics: []string{"eps"}},
	{id: "margins", title: "Margins", metrics: []string{"gross_margin", "operating_margin", "ebitda_margin", "net_margin"}},
}

// palette is Okabe and Ito's colour-blind-safe palette.
var palette = opts.Colors{"#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#000000", "#F0E442"}

// maxGuidanceCharts bounds the guidance charts, the latest guided periods
// first.
const maxGuidanceCharts = 4

// point is what a chart's tooltip says of a point: its figure as stated,
// the sentence it came from and a note.
type point struct {
	Label string
	Src   link
	Note  string
}

// linkID returns the element id l links to, "" for none.
func linkID(l link) string {
	if l == nil {
		return ""
	}
	return l.String()
}

// MarshalJSON writes the point as report.js reads it: {l, s, n}, s the id
// of its source.
func (p *point) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		L string `json:"l"`
		S string `json:"s,omitempty"`
		N string `json:"n,omitempty"`
	}{p.Label, linkID(p.Src), p.Note})
}

// plotted is one series of a chart.
type plotted struct {
	name   string
	values []*decimal.Decimal // nil where there is no exact value
	points []*point
}

func trendCharts(c *comparison.Comparison, cols []fiscal.Period, src *sources, m marks) ([]chartView, error) {
	labels := make([]string, len(cols))
	for i, p := range cols {
		labels[i] = p.String()
	}
	var out []chartView
	for _, t := range trends {
		var ps []plotted
		unit := ""
		for _, id := range t.metrics {
			for i := range c.Series {
				s := &c.Series[i]
				if s.Metric != id || (s.Segment != "") != t.segments {
					continue
				}
				if unit == "" {
					unit = s.Unit
				} else if s.Unit != unit {
					continue // one unit a chart
				}
				p := plotted{name: seriesName(s.Metric, s.Segment, s.Basis)}
				if t.segments {
					p.name = s.Segment
					if s.Basis == metric.NonGAAP {
						p.name += " (non-GAAP)"
					}
				}
				for _, col := range cols {
					var d *decimal.Decimal
					var pt *point
					if v := valueAt(s, col); v != nil {
						d, pt = v.Value, &point{Label: valueText(*v, s.Unit), Src: linkTo(src.first(v.Sources), m.set.of(s, v)), Note: note(v)}
						if q := m.doubt.of(s, v); q != nil {
							pt.Note = joinNonEmpty(pt.Note, "⚠ "+q.Message)
						}
					}
					p.values, p.points = append(p.values, d), append(p.points, pt)
				}
				ps = append(ps, p)
			}
		}
		if !trendy(ps) {
			continue
		}
		cv, err := chart(t.id, t.title, unit, labels, ps, t.bars)
		if err != nil {
			return nil, err
		}
		out = append(out, cv)
	}
	g, err := guidanceCharts(c, src)
	if err != nil {
		return nil, err
	}
	out = append(out, g...)
	// slugs of different words can meet: "R&D" and "R-D"
	seen := map[string]int{}
	for i := range out {
		id := out[i].ID
		if seen[id]++; seen[id] > 1 {
			out[i].ID = fmt.Sprintf("%s-%d", id, seen[id])
		}
	}
	return out, nil
}

// note says how a point was obtained when it was not simply stated.
func note(v *comparison.Value) string {
	switch {
	case v.Corrected:
		return "set by the user: " + v.How
	case v.Derived:
		return "derived: " + v.How
	}
	return ""
}

// trendy reports whether some series has two exact points.
func trendy(ps []plotted) bool {
	for _, p := range ps {
		n := 0
		for _, v := range p.values {
			if v != nil {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// guidanceCharts draw the latest guided periods: each call's range against
// what the period came in at.
func guidanceCharts(c *comparison.Comparison, src *sources) ([]chartView, error) {
	var out []chartView
	for i := len(c.Guidance) - 1; i >= 0 && len(out) < maxGuidanceCharts; i-- {
		g := &c.Guidance[i]
		if len(g.History) < 2 && g.Actual == nil {
			continue
		}
		var labels []string
		lo := plotted{name: "low end of guidance"}
		hi := plotted{name: "high end of guidance"}
		act := plotted{name: "actual"}
		for j := range g.History {
			h := &g.History[j]
			labels = append(labels, h.Call.String()+" call")
			s := linkTo(src.ref(&h.Source), nil)
			lo.values, lo.points = append(lo.values, h.Low), append(lo.points, &point{Label: amount(*h.Low, g.Unit), Src: s, Note: h.Label})
			hi.values, hi.points = append(hi.values, h.High), append(hi.points, &point{Label: amount(*h.High, g.Unit), Src: s, Note: h.Label})
			act.values, act.points = append(act.values, nil), append(act.points, nil)
		}
		if a := g.Actual; a != nil {
			labels = append(labels, "actual")
			lo.values, lo.points = append(lo.values, nil), append(lo.points, nil)
			hi.values, hi.points = append(hi.values, nil), append(hi.points, nil)
			v := a.Value
			act.values = append(act.values, &v)
			act.points = append(act.points, &point{Label: amount(v, g.Unit), Src: linkTo(src.ref(&a.Source), nil), Note: againstWords[a.Against]})
		}
		title := "Guidance: " + seriesName(g.Metric, g.Segment, g.Basis) + " for " + g.Period.String()
		id := "guidance-" + slug(g.Metric+"-"+g.Segment+"-"+g.Basis+"-"+g.Period.String())
		cv, err := chart(id, title, g.Unit, labels, []plotted{lo, hi, act}, false)
		if err != nil {
			return nil, err
		}
		out = append(out, cv)
	}
	return out, nil
}

// slug makes an element id from words.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// chart writes a chart's option with go-echarts, and its text alternative.
func chart(id, title, unit string, labels []string, ps []plotted, bars bool) (chartView, error) {
	cv := chartView{ID: "chart-" + id, Title: title, Unit: unit, Alt: alt(title, labels, ps)}
	global := []charts.GlobalOpts{
		charts.WithInitializationOpts(opts.Initialization{ChartID: cv.ID, Renderer: "svg"}),
		charts.WithColorsOpts(palette),
		charts.WithAnimation(false),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Bottom: "0"}),
		charts.WithGridOpts(opts.Grid{Left: "3%", Right: "4%", Top: "8%", Bottom: "14%", ContainLabel: opts.Bool(true)}),
		charts.WithYAxisOpts(opts.YAxis{Scale: opts.Bool(!bars)}), // bars start at zero
	}
	var option string
	if bars {
		bar := charts.NewBar()
		bar.SetGlobalOptions(global...)
		bar.SetXAxis(labels)
		for _, p := range ps {
			data := make([]opts.BarData, len(p.values))
			for i, v := range p.values {
				data[i] = opts.BarData{Value: number(v)}
			}
			bar.AddSeries(p.name, data)
		}
		option = bar.RenderSnippet().Option
	} else {
		line := charts.NewLine()
		line.SetGlobalOptions(global...)
		line.SetXAxis(labels)
		for _, p := range ps {
			data := make([]opts.LineData, len(p.values))
			for i, v := range p.values {
				data[i] = opts.LineData{Value: number(v)}
			}
			line.AddSeries(p.name, data, charts.WithLineChartOpts(opts.LineChart{ConnectNulls: opts.Bool(true), ShowSymbol: opts.Bool(true)}))
		}
		option = line.RenderSnippet().Option
	}
	if !json.Valid([]byte(option)) {
		return cv, fmt.Errorf("render: chart %q: go-echarts wrote an option that is not JSON", title)
	}
	cv.Option = strings.TrimSpace(option)
	cv.points = make([][]*point, len(ps))
	for i, p := range ps {
		cv.points[i] = p.points
	}
	return cv, nil
}

// number is a value as ECharts reads it: a JSON number written from the
// decimal's own digits, or "-" for no value.
func number(d *decimal.Decimal) any {
	if d == nil {
		return "-"
	}
	return json.Number(d.String())
}

// alt describes a chart in words, for readers who cannot see it.
func alt(title string, labels []string, ps []plotted) string {
	var b strings.Builder
	b.WriteString(title + ". ")
	for i, p := range ps {
		if i > 0 {
			b.WriteString(" ")
		}
		var said []string
		for j, pt := range p.points {
			if pt != nil {
				said = append(said, pt.Label+" in "+labels[j])
			}
		}
		if len(said) == 0 {
			continue
		}
		b.WriteString(p.name + ": " + strings.Join(said, "; ") + ".")
	}
	return strings.TrimSpace(b.String())
}
