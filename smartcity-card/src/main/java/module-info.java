/** The chip citizen identity card (CCCD): MRZ, QR, ICAO 9303 data groups, passive authentication. */
module vn.smartcity.card {
    requires transitive vn.smartcity.core;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.util;
    requires org.bouncycastle.pkix;
    requires java.smartcardio;
    requires static transitive org.jspecify;

    exports vn.smartcity.card;
    exports vn.smartcity.card.access;
    exports vn.smartcity.card.apdu;
    exports vn.smartcity.card.lds;
    exports vn.smartcity.card.mrz;
    exports vn.smartcity.card.pa;
    exports vn.smartcity.card.pcsc;
    exports vn.smartcity.card.qr;
    exports vn.smartcity.card.reader;
    exports vn.smartcity.card.sod;
    exports vn.smartcity.card.tlv;
}
