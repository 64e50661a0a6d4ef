// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands one plain-text e-mail to the configured SMTP server (Jakarta Mail; Payara ships the
 * implementation). The settings come from MicroProfile Config, {@code innenstadt.mail.*}, so an
 * installation points at its own relay with environment variables alone.
 *
 * <p>Connection, read and write timeouts are a few seconds: a mail server that hangs must not hold
 * the worker (and its claimed messages) for minutes, see {@link NotificationQueue#CLAIM_LEASE}.
 */
@ApplicationScoped
public class MailSender {

    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    static final int IO_TIMEOUT_MILLIS = 10_000;

    @Inject
    @ConfigProperty(name = "innenstadt.mail.host")
    private String host;

    @Inject
    @ConfigProperty(name = "innenstadt.mail.port")
    private int port;

    @Inject
    @ConfigProperty(name = "innenstadt.mail.from")
    private String from;

    @Inject
    @ConfigProperty(name = "innenstadt.mail.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "innenstadt.mail.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "innenstadt.mail.starttls")
    private boolean starttls;

    @Inject
    private Clock clock;

    private Session session;
    private InternetAddress sender;

    @PostConstruct
    void connectSettings() {
        session = session(host, port, user.filter(u -> !u.isBlank()), password, starttls);
        try {
            sender = new InternetAddress(from, true);
        } catch (MessagingException e) {
            throw new IllegalStateException("innenstadt.mail.from is not an e-mail address: " + from, e);
        }
    }

    /** The mail session for these settings; static so the settings can be checked without a container. */
    static Session session(String host, int port, Optional<String> user, Optional<String> password, boolean starttls) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.timeout", String.valueOf(IO_TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.writetimeout", String.valueOf(IO_TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.setProperty("mail.smtp.starttls.required", String.valueOf(starttls));
        if (user.isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.setProperty("mail.smtp.auth", "true");
        String name = user.get();
        String secret = password.orElse("");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(name, secret);
            }
        });
    }

    /**
     * Sends one message and returns once the server accepted it.
     *
     * @throws MessagingException when the server cannot be reached, refuses the message or the address
     *         is malformed; the caller retries later
     */
    public void send(String recipient, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(sender);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }
}
