package org.sijill.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** This node's id, under which it runs a replay (application.yml "Nodes"; empty: the JVM's pid@host). */
@ConfigurationProperties("chronology")
record AuditProperties(String nodeId) {
}
