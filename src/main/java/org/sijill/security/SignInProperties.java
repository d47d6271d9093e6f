package org.sijill.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How guessing passwords is slowed and stopped (SECURITY.md), and how many password hashes may be checked at once.
 *
 * @param freeFailures     failed sign-ins an address may make in a window before it must wait
 * @param window           how long a failure counts
 * @param maxWait          the longest an address is made to wait (the wait doubles with every further failure)
 * @param accountFailures  failed sign-ins for one account, from all addresses, after which only addresses that
 *                         have not failed may still try it (a real user elsewhere is never locked out)
 * @param concurrentChecks password hashes checked at once; the others wait up to {@code checkWait}, then get 429
 * @param checkWait        how long a sign-in waits for a hashing slot
 */
@ConfigurationProperties("chronology.security.sign-in")
record SignInProperties(@DefaultValue("3") int freeFailures, @DefaultValue("15m") Duration window,
                        @DefaultValue("15m") Duration maxWait, @DefaultValue("20") int accountFailures,
                        @DefaultValue("1") int concurrentChecks, @DefaultValue("2s") Duration checkWait) {
}
