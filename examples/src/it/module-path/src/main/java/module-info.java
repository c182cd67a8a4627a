/** A consumer's module: all it needs of Tandem is this one line. */
module com.example.lms {
    requires dev.tandem.io;
}
