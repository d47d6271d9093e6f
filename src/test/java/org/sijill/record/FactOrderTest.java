package org.sijill.record;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The sort parameter's constraint names exactly the orders there are. */
class FactOrderTest {

    @Test
    void theConstraintsFormsAreTheOrders() {
        assertThat(FactOrder.FORMS.split("\\|")).containsExactly(
                Arrays.stream(FactOrder.values()).map(o -> o.parameterForm()).toArray(String[]::new));
        assertThat(FactOrder.MESSAGE).isEqualTo("must be one of " + FactOrder.names());
    }
}
