package org.sijill.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The codebook (static/codebook.html, served at /codebook) names every column of every CSV the application writes:
 * each {@link CsvTable} and {@link CsvRow} record is made with empty components and asked for its columns, so a
 * column added in code without its codebook entry fails here.
 */
class CodebookTest {

    @Test
    void everyCsvColumnIsInTheCodebook() throws Exception {
        String codebook = Files.readString(Path.of("src/main/resources/static/codebook.html"));
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scan.addIncludeFilter(new AssignableTypeFilter(CsvTable.class));
        scan.addIncludeFilter(new AssignableTypeFilter(CsvRow.class));
        Set<String> columns = new TreeSet<>();
        List<String> tables = new ArrayList<>();
        for (BeanDefinition found : scan.findCandidateComponents("org.sijill")) {
            Class<?> type = Class.forName(found.getBeanClassName());
            if (!type.isRecord()) {
                continue;
            }
            Object empty = empty(type);
            tables.add(type.getSimpleName());
            columns.addAll(empty instanceof CsvTable table ? table.csvColumns() : ((CsvRow) empty).csvColumns());
        }
        assertThat(tables).as("the CSV forms found").contains("Presence", "Series", "SeriesSet", "PresenceDiff",
                "RecordDiff", "BaseView");
        assertThat(columns).allSatisfy(column -> assertThat(codebook).as("the codebook explains " + column)
                .contains("<code>" + column + "</code>"));
        assertThat(codebook).contains("CC BY 4.0").contains("Apache-2.0");
    }

    private static Object empty(Class<?> type) throws Exception {
        RecordComponent[] parts = type.getRecordComponents();
        Class<?>[] types = new Class<?>[parts.length];
        Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            values[i] = types[i] == boolean.class ? false : types[i] == int.class ? 0 : types[i] == long.class ? 0L
                    : types[i] == double.class ? 0.0 : List.class.isAssignableFrom(types[i]) ? List.of() : null;
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
    }
}
