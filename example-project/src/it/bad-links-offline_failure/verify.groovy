def log = new File(basedir, 'build.log').text
// The goal's own failure, naming the parameter: not an exception escaping it.
assert log.contains("on project bad-links-offline: Invalid digest configuration: links: 'sometimes' is not a link mode: use off, offline or online -> [Help 1]")
assert log.contains("Caused by: org.apache.maven.plugin.MojoExecutionException: Invalid digest configuration: links: 'sometimes'")
return true
