def log = new File(basedir, 'build.log').text
assert log.contains('Skipping digest:check (digest.skip=true)')
assert log.contains("digest.ratchetFrom=origin/main: git does not know the ref 'origin/main' here. In a shallow CI checkout the history is missing: fetch it (GitHub Actions: actions/checkout with fetch-depth: 0; otherwise git fetch --unshallow origin, or git fetch origin <branch>), or correct digest.ratchetFrom")
assert !(log =~ /\] paper_logs\//)
return true
