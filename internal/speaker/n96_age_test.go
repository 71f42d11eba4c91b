package speaker

import "testing"

// TestN96AgeNames checks that an age description names the person it
// means: the one given that age before, else the last person named in
// full, not a place, a body or an object's appositive.
func TestN96AgeNames(t *testing.T) {
	for _, c := range []struct{ text, content, name string }{
		{"The race went to Daria Orlenko, 24, who ran her first marathon. She beat Mireille Castagnoli of the Corvane club.\n\n“My legs were screaming,” the 24-year-old said.", "My legs were", "Daria Orlenko"},
		{"Backup center Pieter Osei-Grant was blunter. “We miss free throws,” the 33-year-old said.", "We miss free", "Pieter Osei-Grant"},
		{"Elias Lomuria ran alone. It beat the record set by his training partner, Josphat Ekaran.\n\n“I thought the clock was broken,” the 31-year-old Kenyan said.", "I thought the clock", "Elias Lomuria"},
		{"Leila Bensaoud kept her speech short. The family turned down space in the new Riverside Market development.\n\n“People ask me the secret,” the 71-year-old said.", "People ask me", "Leila Bensaoud"},
		{"Bernadette Okwuosa-Lind was the only nurse on a wing of St. Aldric’s Regional Medical Center.\n\n“I had a man pulling out his IV,” the 52-year-old charge nurse said.", "I had a man", "Bernadette Okwuosa-Lind"},
		// A ward is no one; a title after "the" names a person.
		{"Councilwoman Yvette Lamarre-Bright, who represents the 3rd Ward, said the budget was wrong.\n\n“We keep telling people there’s no money,” she said.", "We keep telling", "Councilwoman Yvette Lamarre-Bright"},
		{"The driver, Darnell Prewitt, was stopped.\n\nThe board’s chairman, the Rev. Clement Abiodun-Marsh, pastor of Greater Cedar Hollow Baptist Church, said the footage left little room for debate.\n\n“We watched it eleven times,” he said.", "We watched it", "Rev. Clement Abiodun-Marsh"},
	} {
		d := run(t, c.text)
		q := find(d, c.content)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.content)
			continue
		}
		if q.Speaker.Name != c.name {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.name)
		}
	}
}
