package org.sijill.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Users and reads (CONTRACT.md "Users and roles"; defaults in application.yml "Security"). */
@ConfigurationProperties("chronology.security")
record SecurityProperties(boolean publicRead, String analystPassword, String editorPassword, String auditorPassword,
                          String usersFile) {
}
