package dev.quizgen.bank;

/** Where a bank's article came from: file name, header date (or null), SHA-256 of the input. */
public record BankSource(String file, String date, String sha256) {
}
