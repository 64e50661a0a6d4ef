// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
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

    @Test
    void aConnectionFailureMeansTheServerAndAnAddressFailureOnlyTheMessage() {
        assertThat(NotificationDispatcher.serverUnreachable(new MessagingException("Couldn't connect to host",
                new ConnectException("Connection refused")))).isTrue();
        assertThat(NotificationDispatcher.serverUnreachable(new MessagingException("Invalid Addresses",
                new AddressException("Illegal address", "a@@b")))).isFalse();
    }
}
