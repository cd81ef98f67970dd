; Inno Setup 6 (≥ 6.3) script for Clerk Desk (窗口办件台): per-machine install.
;
;   ISCC installer\windows\clerk-desk.iss /DAppVersion=0.1.0
;
; installer\windows\build.ps1 builds dist\clerk-desk with PyInstaller, smoke-tests it and
; runs this with the version from clerk_app.__version__. Input: dist\clerk-desk (the
; one-folder output); output: dist\clerk-desk-<version>-setup.exe.
;
; Each version lives in its own folder, Program Files\ClerkDesk\<version>\, and the file
; Program Files\ClerkDesk\current names the newest: an upgrade never touches the files of
; a program still running (it notices the new version and offers a restart). The machine
; configuration is %ProgramData%\ClerkDesk\clerk-desk.json; the data (embedded database,
; settings, logs, archived PDFs) is in each user's %LOCALAPPDATA%\clerk-desk, or in
; %ProgramData%\ClerkDesk\data for the whole PC (/SHAREDDATA=1). This installer never
; deletes data: uninstalling or upgrading keeps it.
;
; Unattended install by the county's IT (docs/install.md):
;   clerk-desk-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;       /WORKSTATION=WS-HALL-03 /CENTRAL=ws03@10.20.0.5:5432/clerk_central [/SHAREDDATA=1]
; The parameters are written into the machine configuration through the installed
; clerk-app.exe config set (which checks them). The central password is never a setup
; parameter (command lines are logged): clerk-app config set-central-password afterwards.
; This file is UTF-8 with a byte-order mark (Inno Setup needs it for the Chinese text).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=<clerk_app.__version__> clerk-desk.iss
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\clerk-desk"
#endif

[Setup]
; The AppId identifies the product for upgrades and uninstall: never change it.
AppId={{4604F321-30E9-49D7-8F8C-EE8423F328BE}
AppName={cm:AppName}
AppVersion={#AppVersion}
AppVerName={cm:AppName} {#AppVersion}
AppPublisher={cm:Publisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Clerk Desk
DefaultDirName={autopf}\ClerkDesk
DefaultGroupName={cm:AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
UninstallDisplayIcon={app}\{#AppVersion}\clerk-desk.exe
UninstallDisplayName={cm:AppName}
; Versioned folders: a running program keeps its own files, nothing needs closing.
CloseApplications=no
RestartApplications=no
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
OutputDir={#DistDir}\..
OutputBaseFilename=clerk-desk-{#AppVersion}-setup
#ifexist "clerk-desk.ico"
SetupIconFile=clerk-desk.ico
#endif

[Languages]
; Simplified Chinese first: it is the default where the system language is not English.
; Inno Setup ships ChineseSimplified.isl among its unofficial translations; a copy next to
; this script (from https://jrsoftware.org/files/istrans/) is used when the compiler has none.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
Name: "chs"; MessagesFile: "compiler:Languages\Unofficial\ChineseSimplified.isl"
#else
Name: "chs"; MessagesFile: "ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chs.AppName=窗口办件台
en.AppName=Clerk Desk
chs.Publisher=县政务服务中心
chs.Display=叫号显示屏
en.Display=Call display
chs.Kiosk=自助取号机
en.Kiosk=Ticket kiosk
chs.ReviewPad=服务评价器
en.ReviewPad=Review pad
chs.HallIcons=大厅设备（叫号显示屏、自助取号机、服务评价器）的桌面快捷方式
en.HallIcons=Desktop shortcuts for the hall devices (call display, kiosk, review pad)
en.Publisher=County Government Service Center

[Messages]
; Say before uninstalling that the data stays (%1: the program name).
; (%ProgramData%\ClerkDesk keeps the machine configuration and, if used, the PC's data.)
chs.ConfirmUninstall=确定要卸载 %1 吗？%n%n本机的数据库、设置和已归档文书保存在 %%LOCALAPPDATA%%\clerk-desk，卸载后仍会保留。
en.ConfirmUninstall=Are you sure you want to remove %1?%n%nThe database, settings and archived documents in %%LOCALAPPDATA%%\clerk-desk are kept.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "hallicons"; Description: "{cm:HallIcons}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}\{#AppVersion}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; The machine configuration folder: administrators write it, everyone reads it.
Name: "{commonappdata}\ClerkDesk"; Flags: uninsneveruninstall
; The machine-wide data folder (used when /SHAREDDATA=1): every local user may write it.
Name: "{commonappdata}\ClerkDesk\data"; Permissions: users-modify; Flags: uninsneveruninstall

[InstallDelete]
; The flat layout of releases before 0.2 (program files directly in {app}).
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\clerk-desk.exe"
Type: files; Name: "{app}\clerk-app.exe"

[Icons]
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\{#AppVersion}\clerk-desk.exe"; WorkingDir: "{app}\{#AppVersion}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\{#AppVersion}\clerk-desk.exe"; WorkingDir: "{app}\{#AppVersion}"; Tasks: desktopicon
; The hall modes: each PC starts straight into its own (the review pad's window: hall.pad_window)
Name: "{autoprograms}\{cm:AppName}\{cm:Display}"; Filename: "{app}\{#AppVersion}\clerk-desk.exe"; Parameters: "display"; WorkingDir: "{app}\{#AppVersion}"
Name: "{autoprograms}\{cm:AppName}\{cm:Kiosk}"; Filename: "{app}\{#AppVersion}\clerk-desk.exe"; Parameters: "kiosk"; WorkingDir: "{app}\{#AppVersion}"
Name: "{autoprograms}\{cm:AppName}\{cm:ReviewPad}"; Filename: "{app}\{#AppVersion}\clerk-desk.exe"; Parameters: "review-pad"; WorkingDir: "{app}\{#AppVersion}"
Name: "{autodesktop}\{cm:Display}"; Filename: "{app}\{#AppVersion}\clerk-desk.exe"; Parameters: "display"; WorkingDir: "{app}\{#AppVersion}"; Tasks: hallicons
Name: "{autodesktop}\{cm:Kiosk}"; Filename: "{app}\{#AppVersion}\clerk-desk.exe"; Parameters: "kiosk"; WorkingDir: "{app}\{#AppVersion}"; Tasks: hallicons
Name: "{autodesktop}\{cm:ReviewPad}"; Filename: "{app}\{#AppVersion}\clerk-desk.exe"; Parameters: "review-pad"; WorkingDir: "{app}\{#AppVersion}"; Tasks: hallicons

[Run]
Filename: "{app}\{#AppVersion}\clerk-desk.exe"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Every version folder and the current file (the program's own files only); never data.
Type: filesandordirs; Name: "{app}"

[Code]
{ Run the installed console program (clerk-app.exe) hidden; False if it failed. }
function RunClerkApp(const Params: String): Boolean;
var
  ResultCode: Integer;
begin
  Result := Exec(ExpandConstant('{app}\{#AppVersion}\clerk-app.exe'), Params, '',
    SW_HIDE, ewWaitUntilTerminated, ResultCode) and (ResultCode = 0);
  if not Result then
    Log('clerk-app ' + Params + ' failed with code ' + IntToStr(ResultCode));
end;

procedure SetMachineValue(const Key, Value: String);
begin
  if Value = '' then
    Exit;
  if not RunClerkApp('config set ' + Key + ' "' + Value + '"') then
    SuppressibleMsgBox('clerk-app config set ' + Key + ' ' + Value + ' failed (see the setup log).',
      mbError, MB_OK, IDOK);
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  MachineFile: String;
begin
  if CurStep = ssPostInstall then
  begin
    { The file that names the newest version (what a running program compares with). }
    SaveStringToFile(ExpandConstant('{app}\current'), '{#AppVersion}', False);
    { An empty machine configuration owned by the administrators, so that no user can
      create one first in %ProgramData% (where users may create files). }
    MachineFile := ExpandConstant('{commonappdata}\ClerkDesk\clerk-desk.json');
    if not FileExists(MachineFile) then
      SaveStringToFile(MachineFile, '{}', False);
    SetMachineValue('workstation', ExpandConstant('{param:WORKSTATION|}'));
    SetMachineValue('central', ExpandConstant('{param:CENTRAL|}'));
    if ExpandConstant('{param:SHAREDDATA|0}') = '1' then
      SetMachineValue('data_dir', ExpandConstant('{commonappdata}\ClerkDesk\data'));
  end;
end;
