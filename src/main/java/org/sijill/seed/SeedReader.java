package org.sijill.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Parses seed YAML strictly: unknown keys, wrong types and ids repeated within a file are errors. */
final class SeedReader {

    /** Large additional seed files are allowed (SnakeYAML's default stops at about 3 MB). */
    private static final int MAX_CODE_POINTS = 100_000_000;

    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .loaderOptions(loaderOptions()).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SeedReader() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    static SeedFile read(String name, InputStream in) {
        SeedFile file;
        try {
            byte[] content = in.readAllBytes();
            file = new String(content, java.nio.charset.StandardCharsets.UTF_8).isBlank()
                    ? null : YAML.readValue(content, SeedFile.class);
        } catch (JsonMappingException e) {
            throw new SeedException(name, path(e) + near(e), e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new SeedException(name, near(e).trim(), e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SeedException(name, null, "cannot be read: " + e.getMessage(), e);
        }
        if (file == null) {
            throw new SeedException(name, null, "is empty", null);
        }
        rejectRepeatedIds(name, file);
        return file;
    }

    /** The entry as a path such as {@code facts[3].when.date}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String near(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (near line " + e.getLocation().getLineNr() + ")";
    }

    private static void rejectRepeatedIds(String name, SeedFile file) {
        Set<String> seen = new HashSet<>();
        List<String> ids = Stream.of(
                file.sources().stream().map(s -> s == null ? null : s.sourceId()),
                file.bases().stream().map(b -> b == null ? null : b.baseId()),
                file.agreements().stream().map(a -> a == null ? null : a.agreementId()),
                file.facts().stream().map(f -> f == null ? null : f.factId())).flatMap(s -> s).toList();
        for (String id : ids) {
            if (id != null && !seen.add(id)) {
                throw new SeedException(name, id, "the id appears more than once", null);
            }
        }
    }
}
