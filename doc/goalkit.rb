# goalkit.rb: a Homebrew formula for goalkit, built from the release tarball (make dist).
# Before use, set url to where goalkit-VERSION.tar.gz is published and sha256 to its
# `shasum -a 256` (make dist gives the same bytes for the same commit); then
#   brew install --formula ./doc/goalkit.rb
class Goalkit < Formula
  desc "Check SMART therapy goals and turn a Markdown journal into figures"
  homepage "https://github.com/OWNER/goalkit"
  url "https://github.com/OWNER/goalkit/releases/download/v0.1.0/goalkit-0.1.0.tar.gz"
  sha256 "0000000000000000000000000000000000000000000000000000000000000000"

  depends_on "pkgconf" => :build
  depends_on "libyaml"
  depends_on "pcre2"
  depends_on "jansson"

  def install
    # The Makefile wants GNU make, which macOS's make is; INSTALL_DEPS=no: Homebrew, not make,
    # brings the dependencies.
    system "make", "install", "INSTALL_DEPS=no",
           "PREFIX=#{prefix}", "MANPREFIX=#{man}",
           "BASHCOMPDIR=#{bash_completion}", "ZSHCOMPDIR=#{zsh_completion}"
  end

  test do
    assert_equal "goalcheck (goalkit) #{version}", shell_output("#{bin}/goalcheck --version").chomp
    (testpath/"goals.yaml").write <<~YAML
      goals:
        - id: social
          goal: Socialize more
    YAML
    assert_match "no-deadline", shell_output("#{bin}/goalcheck goals.yaml", 1)
    assert_match "measure:", shell_output("#{bin}/smartify --today 2026-01-05 'socialize more'")
  end
end
