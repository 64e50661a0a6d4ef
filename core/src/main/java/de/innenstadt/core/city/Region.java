// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

/** The German states (Bundesländer); public holidays and shop-closing rules differ between them. */
public enum Region {
    BW("Baden-Württemberg"),
    BY("Bayern"),
    BE("Berlin"),
    BB("Brandenburg"),
    HB("Bremen"),
    HH("Hamburg"),
    HE("Hessen"),
    MV("Mecklenburg-Vorpommern"),
    NI("Niedersachsen"),
    NW("Nordrhein-Westfalen"),
    RP("Rheinland-Pfalz"),
    SL("Saarland"),
    SN("Sachsen"),
    ST("Sachsen-Anhalt"),
    SH("Schleswig-Holstein"),
    TH("Thüringen");

    private final String germanName;

    Region(String germanName) {
        this.germanName = germanName;
    }

    public String germanName() {
        return germanName;
    }
}
