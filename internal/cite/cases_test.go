package cite

// markerCases are small articles, each with the citations Detect must
// find in it, listed as cites renders them. Plain text offsets are the
// input's own; Markdown and HTML offsets are into the extracted text.
var markerCases = []struct {
	name, src string
	want      []string
}{
	{"digits.txt", "Ferries ran daily.[1] Fares rose [12].\n\n[1] A note.\n[12] Another note.",
		[]string{
			"note resolved \"[1]\" 18-21 m=1 t=0 r=-1",
			"note resolved \"[12]\" 33-37 m=12 t=1 r=-1",
		}},
	{"letters.txt", "Intro line here.\n\nHe said “no.”[A] And word[s] and [I] went [citation needed] in [1923] or [0] and x[a].\n\n[a] A lettered note.",
		[]string{
			"note unresolved \"[A]\" 35-38 m=A t=-1 r=-1",
			"note resolved \"[a]\" 104-107 m=a t=0 r=-1",
		}},
	{"superscript.txt", "Intro line here.\n\nThe strike¹ never happened.² Area 5 m² and x² and water²³⁴⁵.\n\nNotes\n\n¹ Pell 1958.\n² Okafor 1997.",
		[]string{
			"note resolved \"¹\" 28-30 m=1 t=0 r=-1",
			"note resolved \"²\" 46-48 m=2 t=1 r=-1",
		}},
	{"symbols.txt", "Intro line here.\n\nWages fell.* Prices rose†. What the f*ck.\n\n* Board figures.\n† Ledger.",
		[]string{
			"note resolved \"*\" 29-30 m=* t=0 r=-1",
			"note resolved \"†\" 42-45 m=† t=1 r=-1",
		}},
	{"symbols-no-notes.txt", "Intro line here.\n\nWages fell.* Prices rose†.\n\n* a bullet",
		nil},
	{"caret.txt", "Intro line here.\n\nText[^x]: more, and [note 1] and again[1] then[1].\n\n[^x]: The note.\n[1] First.\n[2] Second.\n[note 1] Grouped.",
		[]string{
			"note resolved \"[^x]\" 22-26 m=x t=0 r=-1",
			"note resolved \"[note 1]\" 38-46 m=note 1 t=3 r=-1",
			"note resolved \"[1]\" 56-59 m=1 t=1 r=-1",
			"note resolved \"[1]\" 64-67 m=1 t=1 r=2",
			"note orphan \"[2]\" 97-100 m=2 t=2 r=-1",
		}},
	{"sections.txt", "Intro line here.\n\nA claim.[1]\n\nNotes\n\n1. First.\n2. Second, with\na wrapped line.\n\nChapter Two\n\nAnother claim.[1]\n\nNotes\n\n1. Chapter two first.",
		[]string{
			"note resolved \"[1]\" 26-29 m=1 t=0 r=-1",
			"note orphan \"2.\" 48-50 m=2 t=1 r=-1",
			"note resolved \"[1]\" 108-111 m=1 t=2 r=-1",
		}},
	{"author-year.txt", "Intro line here.\n\nAs shown (Taubman 2003) and (Furr, 2011, p. 12), also (Smith and Jones 1999; Lee 2001) and (see Taubman 2003: 45). Not (1923), (pp. 4–5), (May 2003), (Groundhog Day 1993), but (van der Berg et al. 2008a).\n\nReferences\n\nTaubman, W. (2003). Khrushchev: The Man and His Era. W. W. Norton.\nFurr, G. (2011). Khrushchev Lied. Erythros Press.\nvan der Berg, L., & Quist, M. (2008a). Tides. Harbour Press.",
		[]string{
			"author-year resolved \"(Taubman 2003)\" 27-41 m=Taubman 2003 t=0 r=-1",
			"author-year resolved \"(Furr, 2011, p. 12)\" 46-65 m=Furr, 2011, p. 12 t=1 r=-1",
			"author-year unresolved \"Smith and Jones 1999\" 73-93 m=Smith and Jones 1999 t=-1 r=-1",
			"author-year unresolved \"Lee 2001\" 95-103 m=Lee 2001 t=-1 r=-1",
			"author-year resolved \"(see Taubman 2003: 45)\" 109-131 m=Taubman 2003: 45 t=0 r=0",
			"author-year resolved \"(van der Berg et al. 2008a)\" 196-223 m=van der Berg et al. 2008a t=2 r=-1",
		}},
	{"author-year-no-list.txt", "Intro line here.\n\nThe biography (Taubman 2003) says so.",
		[]string{
			"author-year unresolved \"(Taubman 2003)\" 32-46 m=Taubman 2003 t=-1 r=-1",
		}},
	{"notes.md", "# Title\n\nA[^a] and b[^b]: c[^missing]. See [site](https://example.org/x) and `a[1]` or <https://auto.example/y>.\n\n```\nb[2] (Taubman 2003)\n```\n\n[^a]: Note A.\n[^b]: Note B.\n[^c]: Unused.",
		[]string{
			"note resolved \"[^a]\" 8-12 m=a t=0 r=-1",
			"note resolved \"[^b]\" 18-22 m=b t=1 r=-1",
			"note unresolved \"[^missing]\" 25-35 m=missing t=-1 r=-1",
			"link resolved \"site\" 41-45 m=site t=-1 r=-1 https://example.org/x",
			"link resolved \"https://auto.example/y\" 58-80 m=https://auto.example/y t=-1 r=-1 https://auto.example/y",
			"note orphan \"Unused.\" 122-129 m=c t=2 r=-1",
		}},
	{"plain-notes.md", "# Title\n\nA claim.[1] Another.[2]\n\n## Notes\n\n1. Pell, *Tide and Timetable*, p. 4.\n2. Okafor, 1997.",
		[]string{
			"note resolved \"[1]\" 15-18 m=1 t=0 r=-1",
			"note resolved \"[2]\" 27-30 m=2 t=1 r=-1",
		}},
	{"wikipedia.html", `<html><body><article><h1>T</h1><p>The claim.<sup class="reference"><a href="https://en.wikipedia.org/wiki/X#cite_note-1">[1]</a></sup> Again.<sup class="reference"><a href="#cite_note-1">[1]</a></sup> Then<sup class="reference"><a href="#cite_note-9">[9]</a></sup>.</p><ol class="references"><li id="cite_note-1">Pell, Agnes R. Tide and Timetable. Harrow &amp; Finch, 1958. <a href="https://books.example/tide">Online</a></li><li id="cite_note-2">Unused note.</li></ol></article></body></html>`,
		[]string{
			"note resolved \"[1]\" 13-16 m=1 t=0 r=-1",
			"note resolved \"[1]\" 23-26 m=1 t=0 r=0",
			"note unresolved \"[9]\" 31-34 m=9 t=-1 r=-1",
			"note orphan \"Unused note.\" 102-114 m=2 t=1 r=-1",
		}},
	{"sup.html", `<html><body><article><h1>T</h1><p>Plain sup<sup>3</sup>, a power x<sup>2</sup>, a <a href="https://example.org/src">source</a>, a <a href="/rel">relative link</a>, <code>a[1]</code>.</p><p>[3] A note in text.</p></article></body></html>`,
		[]string{
			"note resolved \"3\" 12-13 m=3 t=0 r=-1",
			"link resolved \"source\" 29-35 m=source t=-1 r=-1 https://example.org/src",
		}},
	{"pandoc.html", `<html><body><article><h1>T</h1><p>Here.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p><section class="footnotes" role="doc-endnotes"><ol><li id="fn1"><p>The note. <a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section></article></body></html>`,
		[]string{
			"note resolved \"1\" 8-9 m=1 t=0 r=-1",
		}},
	{"biblioref.html", `<html><body><article><h1>Ferries</h1><p>As the biography says (<a role="doc-biblioref" href="#taubman">Taubman 2003</a>), and <a role="doc-biblioref" href="#furr">Furr</a> and <a role="doc-biblioref" href="#gone">Lee</a> dispute.</p><section role="doc-bibliography"><h2>References</h2><ul><li id="taubman">Taubman, W. (2003). Khrushchev: The Man and His Era. W. W. Norton.</li><li id="furr">Furr, G. (2011). Khrushchev Lied. Erythros Press.</li></ul></section></article></body></html>`,
		[]string{
			"author-year resolved \"Taubman 2003\" 32-44 m=Taubman 2003 t=0 r=-1",
			"note resolved \"Furr\" 51-55 m=Furr t=1 r=-1",
			"note unresolved \"Lee\" 60-63 m=Lee t=-1 r=-1",
		}},
	{"bullets.txt", "Intro line here.\n\nWages fell.* Prices rose.\n\n* One point\n* Another point", nil},
}
