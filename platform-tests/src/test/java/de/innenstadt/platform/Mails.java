// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The mails the platform sent to the test SMTP server, read without checked exceptions so tests can filter them in streams. */
final class Mails {

    private Mails() {
    }

    static Stream<MimeMessage> received() {
        return Arrays.stream(PlatformBackends.smtp().getReceivedMessages());
    }

    static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body; the platform sends text mails only. */
    static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
