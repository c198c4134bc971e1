package uk.partnership.base.documents;

/**
 * A document as its owner's pages list it: the title is the link's text, and the address holds the hash of the file,
 * so it changes when the file does. The size is shown in KB under a megabyte and in MB with one decimal above
 * ("PDF, 240 KB", "PDF, 1.4 MB").
 */
public record DocumentView(long id, String title, String hash, String fileName, long sizeBytes, int pages) {

    private static final long KB = 1024;
    private static final long MB = 1024 * 1024;

    public String href() {
        return "/documents/" + hash + "/" + fileName;
    }

    /** Whether the size reads in MB. */
    public boolean megabytes() {
        return sizeBytes >= MB;
    }

    /** The size as a number of the unit {@link #megabytes()} says: whole KB, rounded up; MB to one decimal. */
    public String sizeShown() {
        if (megabytes()) {
            return String.format(java.util.Locale.UK, "%.1f", sizeBytes / (double) MB);
        }
        return Long.toString(Math.max(1, (sizeBytes + KB - 1) / KB));
    }
}
