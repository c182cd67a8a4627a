@echo off
rem Runs the Tandem command-line tool of this distribution on Windows. Needs Java 17 or later:
rem %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else the java on the PATH.
rem JVM options: TANDEM_JAVA_OPTS, when defined, replaces the defaults below (see README.md).
setlocal
set "TANDEM_DEFAULT_JAVA_OPTS=-XX:+UseSerialGC -XX:MaxRAMPercentage=50 -XX:MaxTenuringThreshold=0 -XX:InlineSmallCode=1000"
set "TANDEM_HOME=%~dp0.."

if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java.exe"
)
if defined JAVA_HOME if not exist "%JAVA_HOME%\bin\java.exe" (
  echo tandem: error: JAVA_HOME is "%JAVA_HOME%" but has no bin\java.exe; point it to Java 17 or later, or unset it to use the java on the PATH 1>&2
  exit /b 2
)
if not defined JAVA_HOME (
  where java.exe >nul 2>&1 || (
    echo tandem: error: no Java found; install Java 17 or later and put it on the PATH, or set JAVA_HOME 1>&2
    exit /b 2
  )
)
rem the Java version, from the installation's release file when JAVA_HOME names it
set "JAVA_VERSION="
if defined JAVA_HOME if exist "%JAVA_HOME%\release" (
  for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_VERSION=" "%JAVA_HOME%\release"') do set "JAVA_VERSION=%%~v"
)
if defined JAVA_VERSION (
  for /f "tokens=1 delims=." %%m in ("%JAVA_VERSION%") do (
    if %%m LSS 17 (
      echo tandem: error: tandem needs Java 17 or later, but JAVA_HOME is Java %JAVA_VERSION%; set JAVA_HOME to a newer one 1>&2
      exit /b 2
    )
  )
)

if defined TANDEM_JAVA_OPTS (
  set "JAVA_OPTS=%TANDEM_JAVA_OPTS%"
) else (
  set "JAVA_OPTS=%TANDEM_DEFAULT_JAVA_OPTS%"
)
"%JAVA_EXE%" %JAVA_OPTS% -cp "%TANDEM_HOME%\lib\*" dev.tandem.cli.Main %*
exit /b %ERRORLEVEL%
