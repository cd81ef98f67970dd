# Build the Windows installer: PyInstaller one-folder -> smoke test -> Inno Setup.
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
# Needs: the project installed in the active Python (pip install -e .), Inno Setup 6.3+
# (ISCC.exe on PATH or in its default folder).
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

python -m pip install --quiet "pyinstaller>=6.10"
if ($LASTEXITCODE -ne 0) { throw "pip install pyinstaller failed" }
$Version = (python -c "import clerk_app; print(clerk_app.__version__)").Trim()
Write-Host "build: clerk-desk $Version"

$env:CLERK_VERSION = $Version
$sw = [Diagnostics.Stopwatch]::StartNew()
python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller installer\clerk-desk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
Write-Host ("build: dist\clerk-desk in {0:N0} s" -f $sw.Elapsed.TotalSeconds)

# Smoke test: the console twin clerk-app.exe (clerk-desk.exe is windowed and has no stdout).
$data = Join-Path ([IO.Path]::GetTempPath()) ("clerk-smoke-" + [Guid]::NewGuid())
$env:QT_QPA_PLATFORM = "offscreen"
$out = & dist\clerk-desk\clerk-app.exe smoke --data-dir $data
$code = $LASTEXITCODE
Remove-Item Env:QT_QPA_PLATFORM
Remove-Item -Recurse -Force $data -ErrorAction SilentlyContinue
if ($code -ne 0) { throw "smoke test failed ($code): $out" }
$report = $out | Select-Object -Last 1 | ConvertFrom-Json
if (-not $report.ok -or -not $report.frozen) { throw "smoke test report not ok: $out" }
Write-Host "smoke: ok $out"

# The windowed program too (what the shortcuts start): offscreen, until its log says the
# database is open, then stopped. This catches a missing Qt plugin the console check misses.
$gui = Join-Path ([IO.Path]::GetTempPath()) ("clerk-gui-" + [Guid]::NewGuid())
$env:QT_QPA_PLATFORM = "offscreen"
$proc = Start-Process -FilePath dist\clerk-desk\clerk-desk.exe -ArgumentList "--data-dir", "`"$gui`"" -PassThru
Remove-Item Env:QT_QPA_PLATFORM
$log = Join-Path $gui "logs\clerk.log"
$opened = $false
for ($i = 0; $i -lt 120 -and -not $proc.HasExited; $i++) {
  if ((Test-Path $log) -and (Select-String -Path $log -Pattern "database upgraded" -Quiet)) { $opened = $true; break }
  Start-Sleep -Milliseconds 500
}
if (-not $proc.HasExited) { Stop-Process -Id $proc.Id -Force }
Remove-Item -Recurse -Force $gui -ErrorAction SilentlyContinue
if (-not $opened) { throw "the windowed program did not open its database within 60 s" }
Write-Host "smoke: the windowed program started offscreen and opened its database"

function Sign-Files($files) {
  if (-not $env:SIGN_CERT_SHA1) { return }
  & signtool sign /sha1 $env:SIGN_CERT_SHA1 /fd SHA256 /tr $env:SIGN_TIMESTAMP_URL /td SHA256 $files
  if ($LASTEXITCODE -ne 0) { throw "signtool failed" }
}
if (-not $env:SIGN_TIMESTAMP_URL) { $env:SIGN_TIMESTAMP_URL = "http://timestamp.digicert.com" }
Sign-Files @("dist\clerk-desk\clerk-desk.exe", "dist\clerk-desk\clerk-app.exe")

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$Version" installer\windows\clerk-desk.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Get-Item "dist\clerk-desk-$Version-setup.exe" | Format-Table Name, Length

# Signing with the county's code-signing certificate (docs/install.md): SIGN_CERT_SHA1 is
# the certificate's thumbprint (machine certificate store or token); both executables are
# signed before ISCC packs them, the setup program after.
Sign-Files @("dist\clerk-desk-$Version-setup.exe")
