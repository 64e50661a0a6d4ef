// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class NotificationDispatcherTest {

    @Test
    void aFailureIsDescribedWithItsCausesOnOneLine() {
        Exception error = new IllegalStateException("Couldn't connect to host,\n port: 127.0.0.1",
                new ConnectException("Connection refused"));

        assertThat(NotificationDispatcher.describe(error)).isEqualTo(
                "IllegalStateException: Couldn't connect to host, port: 127.0.0.1; cause: ConnectException: Connection refused");
    }
}
