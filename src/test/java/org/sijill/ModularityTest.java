package org.sijill;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Spring Modulith's view of the feature packages: each direct sub-package of {@code org.sijill} is a module,
 * its public types are what other modules may use, and modules form no cycle. {@link ArchitectureTest} adds
 * the project's own rules (aggregates private, the kernel depends on no feature, the event store's port).
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SijillApplication.class);

    @Test
    void verifiesModularStructure() {
        MODULES.verify();
    }
}
