package vn.smartcity.egov.open311;

/**
 * The two formats of GeoReport v2 ("Format Support"): XML, which every server must offer, and
 * JSON, which a server may offer. The format is chosen by the resource's extension, such as {@code
 * services.xml} or {@code services.json}.
 */
public enum Format {
    /** {@code text/xml}: required of every server, the default. */
    XML("xml", "text/xml"),
    /** {@code application/json}: the "Spark convention" mapping of the XML, optional. */
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * The resource extension.
     *
     * @return {@code xml} or {@code json}
     */
    public String extension() {
        return extension;
    }

    /**
     * The media type the specification names for responses in this format.
     *
     * @return {@code text/xml} or {@code application/json}
     */
    public String mediaType() {
        return mediaType;
    }
}
