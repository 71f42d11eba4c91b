package speaker

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/eval"
)

// TestNewsProbe scores the stage on the team's own news articles
// (testdata/newsprobe, see its README) and fails if the speaker mention
// F1 over all kinds, or the share of direct quotations given the right
// speaker, drops below a floor set a little under the scores of the
// session that added the set (the thirty-fourth: A 0.933 and 0.878, B
// 0.891 and 0.796; the thirty-fifth: C 0.919 and 0.973, D 0.865 and
// 0.903, E 0.859 and 0.963, F 0.907 and 0.811, G 0.788 and 1.000, H 0.853 and
// 0.873; the thirty-sixth raised them to its own scores, A 0.940, B
// 0.920, C 0.938, D 0.904, E 0.926 and 0.970, F 0.929 and 0.865, G
// 0.857, H 0.868, and added I 0.845 and 0.861, J 0.849 and 0.933, K
// 0.842 and 0.925, L 0.909 and 0.909; the thirty-seventh raised them
// again, A 0.946, B 0.936, C 0.952, D 0.937 and 0.935, E 0.934, G
// 0.867, H 0.880, I 0.871, J 0.878, K 0.877, L 0.928 and 0.939, and
// added M 0.917 and 0.829, N 0.861 and 0.778 (held out), O 0.870 and
// 0.867, P 0.877 and 0.850; the thirty-eighth added Q 0.899 and
// 0.761, R 0.912 and 0.833 (held out), S 0.890 and 0.872, T 0.844 and
// 0.923, U 0.948 and 0.929, V 0.897 and 0.943 (held out); the
// thirty-ninth added W, X, Y (held out), Z and AA; the fortieth added
// AB 0.894 and 0.941, AC 0.943 and 0.970, AD 0.936 and 0.970, AE
// 0.894 and 0.767 (held out); the forty-first added AF 0.930 and
// 0.969, AG 0.931 and 0.878, AH 0.930 and 0.938, AI 0.870 and 0.971
// (held out), AJ 0.910 and 0.973, AK 0.907 and 0.812, AL 0.905 and
// 0.878, AM 0.885 and 0.812 (held out); the forty-second added AN
// 0.901 and 0.933, AO 0.927 and 0.800, AP 0.921 and 0.895, AQ 0.869 and
// 0.793 (held out), AR 0.954 and 0.879, AS 0.946 and 0.931 (held out),
// AT 0.911 and 0.871, AU 0.939 and 0.769; the forty-third added AV
// 0.892 (held out), AW 0.896, AX 0.914, AY 0.918, AZ 0.938 (held out),
// BA 0.912, BB 0.867, BC 0.883 (held out), BE 0.921 and BG 0.902; the
// forty-fifth added BD 0.844 and 0.929 (held out), BF 0.960 and 0.975,
// BH 0.952 and 0.953, BI 0.903 and 0.900 (held out), and raised BG to
// 0.932 and 0.689; the forty-sixth added BJ 0.895 and 0.762, BK 0.915
// and 0.971 (held out), BL 0.830 and 0.750 (held out), BM 0.876 and
// 0.775, BN 0.906 and 0.917, BO 0.848 and 0.944 (held out), BP 0.927
// and 0.914, BQ 0.918 and 0.757 (held out); the fifty-fifth added CD
// 0.912 and 0.795, CE 0.946 and 0.881, CF 0.919 and 0.896 (held out)):
// a change that loses
// readings of plain news prose shows here, where the dev sets, larger
// and noisier, may hide it.
func TestNewsProbe(t *testing.T) {
	if testing.Short() {
		t.Skip("six hundred and seventy-two articles: a few seconds")
	}
	for _, c := range []struct {
		file           string
		mentionF1, dir float64
	}{
		{"gold_a.jsonl", 0.93, 0.88},
		{"gold_b.jsonl", 0.92, 0.77},
		{"gold_c.jsonl", 0.93, 0.95},
		{"gold_d.jsonl", 0.91, 0.90},
		{"gold_e.jsonl", 0.92, 0.95},
		{"gold_f.jsonl", 0.91, 0.84},
		{"gold_g.jsonl", 0.85, 0.95},
		{"gold_h.jsonl", 0.86, 0.84},
		{"gold_i.jsonl", 0.85, 0.83},
		{"gold_j.jsonl", 0.86, 0.90},
		{"gold_k.jsonl", 0.86, 0.90},
		{"gold_l.jsonl", 0.91, 0.91},
		{"gold_m.jsonl", 0.90, 0.80},
		{"gold_n.jsonl", 0.84, 0.75},
		{"gold_o.jsonl", 0.85, 0.83},
		{"gold_p.jsonl", 0.86, 0.82},
		{"gold_q.jsonl", 0.88, 0.74},
		{"gold_r.jsonl", 0.89, 0.81},
		{"gold_s.jsonl", 0.87, 0.85},
		{"gold_t.jsonl", 0.83, 0.90},
		{"gold_u.jsonl", 0.93, 0.90},
		{"gold_v.jsonl", 0.88, 0.91},
		{"gold_w.jsonl", 0.93, 0.87},
		{"gold_x.jsonl", 0.89, 0.82},
		{"gold_y.jsonl", 0.84, 0.85},
		{"gold_z.jsonl", 0.87, 0.80},
		{"gold_aa.jsonl", 0.83, 0.84},
		{"gold_ab.jsonl", 0.87, 0.90},
		{"gold_ac.jsonl", 0.92, 0.93},
		{"gold_ad.jsonl", 0.91, 0.93},
		{"gold_ae.jsonl", 0.87, 0.74},
		{"gold_af.jsonl", 0.92, 0.94},
		{"gold_ag.jsonl", 0.92, 0.86},
		{"gold_ah.jsonl", 0.92, 0.92},
		{"gold_ai.jsonl", 0.86, 0.94},
		{"gold_aj.jsonl", 0.90, 0.94},
		{"gold_ak.jsonl", 0.89, 0.80},
		{"gold_al.jsonl", 0.89, 0.86},
		{"gold_am.jsonl", 0.87, 0.80},
		{"gold_an.jsonl", 0.89, 0.92},
		{"gold_ao.jsonl", 0.91, 0.78},
		{"gold_ap.jsonl", 0.91, 0.88},
		{"gold_aq.jsonl", 0.85, 0.78},
		{"gold_ar.jsonl", 0.94, 0.86},
		{"gold_as.jsonl", 0.93, 0.92},
		{"gold_at.jsonl", 0.90, 0.86},
		{"gold_au.jsonl", 0.93, 0.75},
		{"gold_av.jsonl", 0.88, 0.85},
		{"gold_aw.jsonl", 0.88, 0.80},
		{"gold_ax.jsonl", 0.90, 0.90},
		{"gold_ay.jsonl", 0.90, 0.74},
		{"gold_az.jsonl", 0.92, 0.65},
		{"gold_ba.jsonl", 0.90, 0.95},
		{"gold_bb.jsonl", 0.85, 0.92},
		{"gold_bc.jsonl", 0.87, 0.59},
		{"gold_be.jsonl", 0.91, 0.95},
		{"gold_bg.jsonl", 0.92, 0.66},
		{"gold_bd.jsonl", 0.86, 0.90},
		{"gold_bf.jsonl", 0.95, 0.95},
		{"gold_bh.jsonl", 0.93, 0.93},
		{"gold_bi.jsonl", 0.89, 0.88},
		{"gold_bj.jsonl", 0.88, 0.74},
		{"gold_bk.jsonl", 0.90, 0.95},
		{"gold_bl.jsonl", 0.84, 0.73},
		{"gold_bm.jsonl", 0.86, 0.75},
		{"gold_bn.jsonl", 0.89, 0.89},
		{"gold_bo.jsonl", 0.84, 0.92},
		{"gold_bp.jsonl", 0.91, 0.89},
		{"gold_bq.jsonl", 0.90, 0.73},
		{"gold_br.jsonl", 0.90, 0.75},
		{"gold_bs.jsonl", 0.89, 0.90},
		{"gold_bt.jsonl", 0.93, 0.90},
		{"gold_bu.jsonl", 0.88, 0.90},
		{"gold_bv.jsonl", 0.93, 0.95},
		{"gold_bw.jsonl", 0.88, 0.84},
		{"gold_bx.jsonl", 0.91, 0.85},
		{"gold_by.jsonl", 0.87, 0.93},
		{"gold_bz.jsonl", 0.87, 0.89},
		{"gold_ca.jsonl", 0.92, 0.83},
		{"gold_cb.jsonl", 0.90, 0.70},
		{"gold_cc.jsonl", 0.90, 0.82},
		{"gold_cd.jsonl", 0.89, 0.77},
		{"gold_ce.jsonl", 0.92, 0.85},
		{"gold_cf.jsonl", 0.90, 0.87},
	} {
		gold := speakerGold(t, filepath.Join("..", "..", "testdata", "newsprobe", c.file))
		sc := eval.ScoreSpeakers(gold, func(text string) *doc.Document { return run(t, text) })
		_, _, f1 := sc.Citron.SpeakerAll.ExactPRF()
		t.Logf("%s: %v", c.file, sc)
		if f1 < c.mentionF1 || sc.Accuracy() < c.dir {
			t.Errorf("%s: speaker mention F1 %.3f (floor %.2f), direct accuracy %.3f (floor %.2f)", c.file, f1, c.mentionF1, sc.Accuracy(), c.dir)
		}
	}
}

// speakerGold reads a gold file of speakers (eval.ReadSpeakerGold).
func speakerGold(t *testing.T, path string) []eval.SpeakerText {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadSpeakerGold(f)
	if err != nil {
		t.Fatal(err)
	}
	return gold
}
