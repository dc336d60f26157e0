def log = new File(basedir, 'build.log').text
assert log.contains("digest.ratchetFrom=origin/main: ${basedir.canonicalPath} is not inside a git work tree (git says: fatal: not a git repository")
assert log.contains('; check out the repository with git, or leave this option out')
assert !(log =~ /\] paper_logs\//)
return true
