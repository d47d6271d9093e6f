package org.sijill.fact;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A kind's fields are read from its record's components: forms, requiredness, word sets and registries. */
class KindDeclarationTest {

    @Test
    void aTroopLevelsFieldsAreItsComponentsInOrder() {
        List<Field> fields = FactKind.TROOP_LEVEL.schema().fields();
        assertThat(fields).extracting(Field::name)
                .containsExactly("force", "count", "low", "high", "qualifier", "basis", "announced", "inferred");
        assertThat(fields).extracting(Field::required).containsExactly(true, true, false, false, false, false, false,
                false);
        assertThat(fields).extracting(Field::type).containsExactly(Field.Type.ONE_OF, Field.Type.COUNT,
                Field.Type.COUNT, Field.Type.COUNT, Field.Type.ONE_OF, Field.Type.ONE_OF, Field.Type.WHEN,
                Field.Type.FLAG);
        assertThat(fields.get(0).terms()).isSameAs(Vocabulary.FORCES);
        assertThat(FactKind.TROOP_LEVEL.schema().subjectType()).contains(SubjectType.TROOPS);
    }

    @Test
    void registryFieldsSayWhichRegistryAndRecordKindsHaveNoSubject() {
        KindSchema milestone = FactKind.MILESTONE.schema();
        assertThat(milestone.subjectType()).isEmpty();
        assertThat(milestone.fields()).extracting(Field::name, Field::type, Field::reference).containsExactly(
                org.assertj.core.groups.Tuple.tuple("baseId", Field.Type.ID, Reference.BASE),
                org.assertj.core.groups.Tuple.tuple("bases", Field.Type.IDS, Reference.BASE),
                org.assertj.core.groups.Tuple.tuple("fromBases", Field.Type.IDS, Reference.BASE),
                org.assertj.core.groups.Tuple.tuple("toBase", Field.Type.ID, Reference.BASE),
                org.assertj.core.groups.Tuple.tuple("agreementId", Field.Type.ID, Reference.AGREEMENT));
    }

    @Test
    void everyClaimKindSaysItsSubjectAndEverySubjectHasAKind() {
        assertThat(List.of(FactKind.values()).stream().flatMap(k -> k.schema().subjectType().stream()).distinct())
                .containsExactlyInAnyOrder(SubjectType.values());
    }

    /** Not a permitted KindData: only its components are read, as a misdeclared kind would be. */
    record Misdeclared(@Words("force") String force, @Nullable Double share) {
    }

    @Test
    void aComponentOfNoKnownFormIsRefusedNamingIt() {
        assertThatThrownBy(() -> Field.of(Misdeclared.class.getRecordComponents()[1]))
                .hasMessageContaining("Misdeclared.share");
        assertThat(Field.of(Misdeclared.class.getRecordComponents()[0]).required()).isTrue();
    }

    record UnknownWords(@Words("colour") String colour) {
    }

    @Test
    void aWordSetThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> Field.of(UnknownWords.class.getRecordComponents()[0]))
                .hasMessageContaining("colour");
    }
}
