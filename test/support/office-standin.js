// A local stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in browser tests:
// the real script cannot be fetched here. It offers what the task pane and the functions bundle
// use: Office.onReady, Office.context (language, theme) and CustomFunctions.associate; and, when the
// test harness put window.__createFakeExcel before this script, Excel.run over an in-memory workbook
// holding a small sample team (the task pane's real Office.js code path runs against it).
(function () {
  var settings = window.__officeSettings || {};
  var context = {
    displayLanguage: settings.displayLanguage || "en-US",
    officeTheme: settings.officeTheme || { bodyBackgroundColor: "#FFFFFF" },
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0 (stand-in)" },
    // settings.excelApi: the highest ExcelApi version this "Excel" has (default: every one).
    requirements: {
      isSetSupported: function (name, version) {
        if (name !== "ExcelApi" || !settings.excelApi || !version) return true;
        var minor = function (v) {
          return Number(String(v).split(".")[1] || 0);
        };
        return minor(version) <= minor(settings.excelApi);
      },
    },
  };
  window.__associated = [];
  window.Office = {
    context: context,
    HostType: { Excel: "Excel" },
    onReady: function (callback) {
      var info = { host: "Excel", platform: "OfficeOnline" };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
  };
  if (settings.workbook !== false && typeof window.__createFakeExcel === "function") {
    var excel = window.__createFakeExcel();
    window.__fakeExcel = excel;
    window.Excel = {
      run: function (batch) {
        return excel.run(batch);
      },
    };
  }
  function CustomFunctionError(code, message) {
    this.code = code;
    this.message = message || "";
  }
  window.CustomFunctions = {
    associate: function (id) {
      window.__associated.push(id);
    },
    Error: CustomFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
    },
  };
})();
