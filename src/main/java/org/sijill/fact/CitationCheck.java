package org.sijill.fact;

import org.sijill.agreement.AgreementCatalog;
import org.sijill.base.BaseCatalog;
import org.sijill.shared.Checks;
import org.sijill.shared.Violation;
import org.sijill.source.SourceCatalog;
import org.sijill.source.SourceText;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a fact's citations and references get wrong: an unregistered source, base or agreement, and a locator
 * {@code line N, «quote»} whose quote is not on line N of the source's stored text (CONTRACT.md "Writes"). Every
 * problem is returned, none thrown, so a write can name them together with its other violations. Only well-formed
 * ids are looked up: a malformed one is the content rules' violation, and a lookup the database refuses (a zero byte)
 * would mark the write's whole transaction rollback-only.
 */
@Service
public class CitationCheck {

    private final SourceCatalog sources;
    private final BaseCatalog bases;
    private final AgreementCatalog agreements;

    CitationCheck(SourceCatalog sources, BaseCatalog bases, AgreementCatalog agreements) {
        this.sources = sources;
        this.bases = bases;
        this.agreements = agreements;
    }

    public List<Violation> problems(List<SourceRef> citations, Map<String, Object> data) {
        List<Violation> violations = new ArrayList<>();
        if (citations != null) {
            for (int i = 0; i < citations.size(); i++) {
                SourceRef ref = citations.get(i);
                if (ref == null || ref.sourceId() == null || !wellFormed(ref.sourceId())) {
                    continue;
                }
                if (!sources.exists(ref.sourceId())) {
                    violations.add(new Violation("sources[" + i + "].sourceId", "unknown source " + ref.sourceId()));
                    continue;
                }
                Optional<SourceText> text = sources.text(ref.sourceId());
                String wrong = text.isEmpty() ? null : text.get().problemWith(ref.locator());
                if (wrong != null) {
                    violations.add(new Violation("sources[" + i + "].locator", wrong));
                }
            }
        }
        for (Field field : FactKind.referenceFields()) {
            List<String> ids = data == null ? List.of() : field.idsIn(data);
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                if (!wellFormed(id)) {
                    continue;
                }
                boolean known = switch (field.reference()) {
                    case BASE -> bases.exists(id);
                    case AGREEMENT -> agreements.exists(id);
                };
                if (!known) {
                    violations.add(new Violation("data." + field.name()
                            + (field.type() == Field.Type.IDS ? "[" + i + "]" : ""),
                            "unknown " + field.reference().name().toLowerCase() + " " + id));
                }
            }
        }
        return violations;
    }

    private static boolean wellFormed(String id) {
        return Checks.ID.matcher(id).matches();
    }
}
