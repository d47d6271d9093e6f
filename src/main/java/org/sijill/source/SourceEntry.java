package org.sijill.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Read model row of a registered source. */
@Entity
@Table(name = "source")
public class SourceEntry {

    @Id
    @Column(name = "source_id")
    private String sourceId;
    private String title;
    private String publisher;
    private String published;
    private String language;
    @Column(name = "seed_file")
    private String seedFile;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "text_sha256")
    private String textSha256;
    @Column(name = "text_lines")
    private Integer textLines;

    protected SourceEntry() {
    }

    SourceEntry(SourceRegistered event) {
        this.sourceId = event.sourceId();
        this.title = event.title();
        this.publisher = event.publisher();
        this.published = event.published();
        this.language = event.language();
        this.seedFile = event.seedFile();
        this.recordedAt = event.recordedAt();
    }

    public String getSourceId() { return sourceId; }
    public String getTitle() { return title; }
    public String getPublisher() { return publisher; }
    public String getPublished() { return published; }
    public String getLanguage() { return language; }
    public String getSeedFile() { return seedFile; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getTextSha256() { return textSha256; }
    public Integer getTextLines() { return textLines; }

    void textStored(String sha256, int lines) {
        this.textSha256 = sha256;
        this.textLines = lines;
    }
}
