; Inno Setup 6 (≥ 6.3) script for Clerk Desk (窗口办件台): per-machine install.
;
;   ISCC installer\windows\clerk-desk.iss /DAppVersion=0.1.0
;
; installer\windows\build.ps1 builds dist\clerk-desk with PyInstaller, smoke-tests it and
; runs this with the version from clerk_app.__version__. Input: dist\clerk-desk (the
; one-folder output); output: dist\clerk-desk-<version>-setup.exe.
;
; The program lives in Program Files; its data (embedded database, settings, logs,
; archived PDFs) lives in the user's %LOCALAPPDATA%\clerk-desk, which this installer never
; writes and the uninstaller never deletes: uninstalling or upgrading keeps the data.
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
UninstallDisplayIcon={app}\clerk-desk.exe
UninstallDisplayName={cm:AppName}
CloseApplications=yes
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
chs.ConfirmUninstall=确定要卸载 %1 吗？%n%n本机的数据库、设置和已归档文书保存在 %%LOCALAPPDATA%%\clerk-desk，卸载后仍会保留。
en.ConfirmUninstall=Are you sure you want to remove %1?%n%nThe database, settings and archived documents in %%LOCALAPPDATA%%\clerk-desk are kept.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "hallicons"; Description: "{cm:HallIcons}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole: stale modules of the previous version must not stay.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\clerk-desk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\clerk-desk.exe"; WorkingDir: "{app}"; Tasks: desktopicon
; The hall modes: each PC starts straight into its own (the review pad's window: hall.pad_window)
Name: "{autoprograms}\{cm:AppName}\{cm:Display}"; Filename: "{app}\clerk-desk.exe"; Parameters: "display"; WorkingDir: "{app}"
Name: "{autoprograms}\{cm:AppName}\{cm:Kiosk}"; Filename: "{app}\clerk-desk.exe"; Parameters: "kiosk"; WorkingDir: "{app}"
Name: "{autoprograms}\{cm:AppName}\{cm:ReviewPad}"; Filename: "{app}\clerk-desk.exe"; Parameters: "review-pad"; WorkingDir: "{app}"
Name: "{autodesktop}\{cm:Display}"; Filename: "{app}\clerk-desk.exe"; Parameters: "display"; WorkingDir: "{app}"; Tasks: hallicons
Name: "{autodesktop}\{cm:Kiosk}"; Filename: "{app}\clerk-desk.exe"; Parameters: "kiosk"; WorkingDir: "{app}"; Tasks: hallicons
Name: "{autodesktop}\{cm:ReviewPad}"; Filename: "{app}\clerk-desk.exe"; Parameters: "review-pad"; WorkingDir: "{app}"; Tasks: hallicons

[Run]
Filename: "{app}\clerk-desk.exe"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program may leave in its own folder; never the user's data folder.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
