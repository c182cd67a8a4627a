package dev.tandem.io.xapi;

final class Placeholder {
}
