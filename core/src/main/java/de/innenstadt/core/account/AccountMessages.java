// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

import de.innenstadt.core.platform.Role;

/** The texts of invitation and reset mails, German first and English below, as all platform mails. */
final class AccountMessages {

    /** Subject and plain-text body. */
    record Message(String subject, String body) {
    }

    /** How the first admin's mail greets them: the account is made from an address alone. */
    static final String FIRST_ADMIN_NAME = "Administration";

    private AccountMessages() {
    }

    static Message staffInvitation(String displayName, Role role, String login, String link, int validHours) {
        String taskDe = role == Role.ADMIN
                ? "die Plattform zu verwalten (Händler und Mitarbeitende einladen, Einstellungen, Suche)"
                : "als Innenstadtmanagement die Passantenzahlen, Kampagnen und Kennzahlen der Plattform zu sehen";
        String taskEn = role == Role.ADMIN
                ? "administer the platform (invite merchants and staff, settings, search)"
                : "see the footfall counts, campaigns and platform figures as city-centre management";
        return new Message("Einladung ins Portal der Innenstadt / Invitation to the city centre portal", """
                Guten Tag %1$s,

                Sie sind eingeladen, im Portal der Innenstadt %2$s.
                Legen Sie über diesen Link Ihr Passwort fest (gültig %6$d Stunden, nur einmal):

                %5$s

                Ihr Benutzername: %4$s

                ---

                Hello %1$s,

                you are invited to %3$s in the city centre's portal.
                Set your password with this link (valid for %6$d hours, once only):

                %5$s

                Your user name: %4$s
                """.formatted(displayName, taskDe, taskEn, login, link, validHours));
    }

    static Message invitation(String displayName, String merchantName, String login, String link, int validHours) {
        return new Message("Einladung ins Händlerportal / Invitation to the merchant portal", """
                Guten Tag %1$s,

                Sie sind eingeladen, %2$s im Händlerportal der Innenstadt zu verwalten.
                Legen Sie über diesen Link Ihr Passwort fest (gültig %5$d Stunden, nur einmal):

                %4$s

                Ihr Benutzername: %3$s

                ---

                Hello %1$s,

                you are invited to manage %2$s in the city centre's merchant portal.
                Set your password with this link (valid for %5$d hours, once only):

                %4$s

                Your user name: %3$s
                """.formatted(displayName, merchantName, login, link, validHours));
    }

    static Message reset(String displayName, String login, String link, int validMinutes) {
        return new Message("Passwort zurücksetzen / Reset your password", """
                Guten Tag %1$s,

                für Ihr Konto „%2$s“ wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest
                (gültig %4$d Minuten, nur einmal):

                %3$s

                Wenn Sie das nicht waren, ignorieren Sie diese Nachricht; Ihr Passwort bleibt unverändert.

                ---

                Hello %1$s,

                a new password was requested for your account "%2$s". Set it with this link
                (valid for %4$d minutes, once only):

                %3$s

                If this was not you, ignore this message; your password stays as it is.
                """.formatted(displayName, login, link, validMinutes));
    }
}
