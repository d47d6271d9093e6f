package org.sijill.fact;

import java.util.List;

/**
 * The closed value sets of CONTRACT.md, each word with its English and Arabic label, written here once:
 * validation, filters, the API document, {@code GET /api/v1/vocabulary} and the page all read them.
 */
public final class Vocabulary {

    public static final TermSet FORCES = TermSet.of("force",
            new Term("US", "US", "القوات الأمريكية"),
            new Term("COALITION_NON_US", "Coalition, non-US", "قوات التحالف غير الأمريكية"),
            new Term("COALITION_TOTAL", "Coalition total (incl. US)", "مجموع قوات التحالف (بما فيها الأمريكية)"));
    public static final TermSet QUALIFIERS = TermSet.of("qualifier",
            new Term("EXACT", "Exact", "بالضبط"),
            new Term("APPROXIMATE", "Approximate", "تقريباً"),
            new Term("AT_LEAST", "At least", "على الأقل"),
            new Term("AT_MOST", "At most", "على الأكثر"));
    public static final TermSet DIRECTIONS = TermSet.of("direction",
            new Term("WITHDRAWN", "Withdrawn", "انسحاب"),
            new Term("DEPLOYED", "Deployed", "نشر"));
    public static final TermSet SCOPES = TermSet.of("scope",
            new Term("IRAQ", "Iraq", "العراق"),
            new Term("KURDISTAN", "Kurdistan", "إقليم كردستان"),
            new Term("SYRIA_FROM_IRAQ", "Syria (from Iraq)", "سوريا (انطلاقاً من العراق)"));
    public static final TermSet PHASES = TermSet.of("phase",
            new Term("COMBAT", "Combat", "مهمة قتالية"),
            new Term("ADVISE_ASSIST_ENABLE", "Advise assist enable", "المشورة والمساعدة والتمكين"),
            new Term("OPERATING", "Operating", "جارية"),
            new Term("ENDED", "Ended", "انتهت"));
    public static final TermSet BASE_STATUSES = TermSet.of("baseStatus",
            new Term("COALITION_PRESENT", "Coalition present", "وجود للتحالف"),
            new Term("HANDED_OVER", "Handed over", "سُلِّمت"),
            new Term("CLOSED", "Closed", "أُغلقت"));
    public static final TermSet AGREEMENT_STATUSES = TermSet.of("agreementStatus",
            new Term("SIGNED", "Signed", "مُوقَّعة"),
            new Term("IN_FORCE", "In force", "نافذة"),
            new Term("EXPIRED", "Expired", "انتهى أجلها"),
            new Term("TERMINATED", "Terminated", "أُنهيت"));
    public static final TermSet BASIS = TermSet.of("basis",
            new Term(Basis.REPORTED.name(), "Reported", "مُبلَّغ عنه"),
            new Term(Basis.ANNOUNCED.name(), "Announced", "مُعلَن"),
            new Term(Basis.PLANNED.name(), "Planned", "مُخطَّط له"));
    public static final TermSet RANKS = TermSet.of("rank",
            new Term(Rank.PREFERRED.name(), "Preferred", "مُفضَّل"),
            new Term(Rank.NORMAL.name(), "Normal", "عادي"),
            new Term(Rank.DEPRECATED.name(), "Deprecated", "مُستبعَد"));
    public static final TermSet PRECISIONS = TermSet.of("precision",
            new Term(Precision.DAY.name(), "Day", "يوم"),
            new Term(Precision.MONTH.name(), "Month", "شهر"),
            new Term(Precision.YEAR.name(), "Year", "سنة"));
    public static final TermSet STATUSES = TermSet.of("status",
            new Term("ACTIVE", "Active", "سارية"),
            new Term("RETRACTED", "Retracted", "مسحوبة"));
    public static final TermSet CHANGES = TermSet.of("change",
            new Term("RECORDED", "Recorded", "سُجِّلت"),
            new Term("CORRECTED", "Corrected", "صُحِّحت"),
            new Term("RETRACTED", "Retracted", "سُحِبت"));

    /** Every set, in the order the vocabulary answer lists them. */
    public static final List<TermSet> ALL = List.of(FORCES, SCOPES, PHASES, BASE_STATUSES, AGREEMENT_STATUSES, BASIS,
            QUALIFIERS, DIRECTIONS, RANKS, PRECISIONS, STATUSES, CHANGES);

    /** The set of this name; a kind record naming no set is a mistake found when the kinds load. */
    static TermSet named(String name) {
        return ALL.stream().filter(set -> set.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no word set named " + name));
    }

    /** The codes of the set of this name, or of the fact kinds for {@code kind}. */
    static java.util.Set<String> codes(String name) {
        if (name.equals("kind")) {
            java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
            for (FactKind kind : FactKind.values()) {
                kinds.add(kind.name());
            }
            return kinds;
        }
        return named(name).codes();
    }

    private Vocabulary() {
    }
}
