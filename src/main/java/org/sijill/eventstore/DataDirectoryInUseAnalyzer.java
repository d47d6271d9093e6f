package org.sijill.eventstore;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start refused because another Sijill holds the data directory says so plainly, without a stack trace. */
class DataDirectoryInUseAnalyzer extends AbstractFailureAnalyzer<DataDirectoryLock.InUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryLock.InUseException cause) {
        return new FailureAnalysis(cause.getMessage(), "Stop the running application first, or import through it: "
                + "curl -u EDITOR:PASSWORD -H 'Content-Type: application/yaml' --data-binary @FILE.yml "
                + "'http://localhost:8080/api/v1/imports?name=FILE.yml'", cause);
    }
}
