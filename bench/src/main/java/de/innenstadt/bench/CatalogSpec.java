// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

/**
 * What the generator makes: how many shops, products and offers, around which centre, from which seed.
 *
 * @param zeroStockPercent share of offers with nothing on the shelf
 * @param radiusKm no shop lies farther than this from the centre
 */
public record CatalogSpec(long seed, int shops, int products, int offers, int zeroStockPercent,
        double centreLat, double centreLon, double radiusKm) {

    /** Kaiserslautern, Stiftsplatz: the centre of the pedestrian zone. */
    public static final double KAISERSLAUTERN_LAT = 49.4445;
    public static final double KAISERSLAUTERN_LON = 7.7690;

    /** Most shops carry a product of their category, so each product needs this many candidate shops. */
    static final int MAX_SHOPS_PER_PRODUCT = 8;

    public CatalogSpec {
        if (shops < MAX_SHOPS_PER_PRODUCT * 2 || products < 1 || offers < products
                || offers > (long) products * MAX_SHOPS_PER_PRODUCT) {
            throw new IllegalArgumentException("need at least " + MAX_SHOPS_PER_PRODUCT * 2
                    + " shops and between 1 and " + MAX_SHOPS_PER_PRODUCT + " offers per product, not " + shops
                    + " shops, " + products + " products, " + offers + " offers");
        }
        if (zeroStockPercent < 0 || zeroStockPercent > 100 || radiusKm <= 0) {
            throw new IllegalArgumentException("zero stock must be 0-100 % and the radius positive");
        }
    }

    /** The benchmark's city centre: 150 shops, 50,000 products, 200,000 offers, 10 % of them sold out. */
    public static CatalogSpec standard() {
        return new CatalogSpec(20_261_122L, 150, 50_000, 200_000, 10, KAISERSLAUTERN_LAT, KAISERSLAUTERN_LON, 3.0);
    }
}
