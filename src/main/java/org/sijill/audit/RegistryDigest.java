package org.sijill.audit;

import org.sijill.agreement.AgreementCatalog;
import org.sijill.agreement.AgreementRegistered;
import org.sijill.base.BaseCatalog;
import org.sijill.base.BaseRegistered;
import org.sijill.source.SourceCatalog;
import org.sijill.source.SourceRegistered;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The registry read models (sources, bases, agreements) in canonical form: rebuilt from events during
 * a replay, or read from the live tables, leaving out what was registered after the replay's head.
 */
final class RegistryDigest {

    private final TreeSet<String> rows = new TreeSet<>();

    void accept(Object event) {
        if (event instanceof SourceRegistered s) {
            rows.add(source(s.sourceId(), s.title(), s.publisher(), s.published(), s.language(), s.seedFile()));
        } else if (event instanceof BaseRegistered b) {
            rows.add(base(b.baseId(), b.nameEn(), b.nameAr(), b.province(), b.aliases()));
        } else if (event instanceof AgreementRegistered a) {
            rows.add(agreement(a.agreementId(), a.nameEn(), a.nameAr()));
        }
    }

    static RegistryDigest live(SourceCatalog sources, BaseCatalog bases, AgreementCatalog agreements,
                               Set<String> registeredAfterHead) {
        RegistryDigest live = new RegistryDigest();
        sources.all().stream().filter(s -> !registeredAfterHead.contains(s.getSourceId())).forEach(s -> live.rows.add(
                source(s.getSourceId(), s.getTitle(), s.getPublisher(), s.getPublished(), s.getLanguage(), s.getSeedFile())));
        bases.all().stream().filter(b -> !registeredAfterHead.contains(b.getBaseId())).forEach(b -> live.rows.add(
                base(b.getBaseId(), b.getNameEn(), b.getNameAr(), b.getProvince(), b.getAliases())));
        agreements.all().stream().filter(a -> !registeredAfterHead.contains(a.getAgreementId())).forEach(a ->
                live.rows.add(agreement(a.getAgreementId(), a.getNameEn(), a.getNameAr())));
        return live;
    }

    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> sha.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
            return rows.size() + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source(String id, String title, String publisher, String published, String language,
                                 String seedFile) {
        return String.join("|", "source", id, title, publisher, String.valueOf(published), language,
                String.valueOf(seedFile));
    }

    private static String base(String id, String nameEn, String nameAr, String province, Collection<String> aliases) {
        return String.join("|", "base", id, nameEn, nameAr, String.valueOf(province), String.join(",", aliases));
    }

    private static String agreement(String id, String nameEn, String nameAr) {
        return String.join("|", "agreement", id, nameEn, nameAr);
    }
}
